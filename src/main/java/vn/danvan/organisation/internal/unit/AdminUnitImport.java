package vn.danvan.organisation.internal.unit;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.organisation.ImportSummary;
import vn.danvan.organisation.LineageGapView.Reason;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.internal.unit.LineageMatcher.Gap;
import vn.danvan.organisation.internal.unit.LineageMatcher.Link;
import vn.danvan.organisation.internal.unit.UnitDatasets.Inputs;
import vn.danvan.organisation.internal.unit.UnitDatasets.Parsed;
import vn.danvan.organisation.internal.unit.UnitDatasets.SourceUnit;
import vn.danvan.shared.text.VietnameseText;

/**
 * Imports Vietnam's administrative units and their 2025 lineage from the datasets in {@code resources/adminunits},
 * at every start, before anything else runs. Idempotent and cheap when nothing changed: the inputs' checksum (with
 * {@link #IMPORTER_VERSION}) is compared with the last import's and the import is skipped if equal. Otherwise every
 * unit is upserted (units are never deleted: other tables refer to them) and the lineage and its gaps are rebuilt,
 * in one transaction, under an advisory lock so that nodes starting together import once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminUnitImport implements ApplicationRunner {

    static final String DATASET = "vn-admin-units";

    /** Change it when the import or the lineage rules change, so that the next start imports again. */
    static final String IMPORTER_VERSION = "2026-11-29.1";

    /** Resolution 202/2025/QH15 and the commune rearrangements took effect on 1 July 2025. */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static final Logger log = LoggerFactory.getLogger(AdminUnitImport.class);
    private static final long LOCK = 0x44616e56616e4155L;
    private static final List<String> UNIT_COLUMNS = List.of(
            "id",
            "code",
            "era",
            "level",
            "kind",
            "name",
            "full_name",
            "name_en",
            "parent_id",
            "path",
            "province_code",
            "valid_from",
            "valid_to",
            "search_text",
            "sort_key",
            "formed_from_text");

    /**
     * @param imported {@code false} when the same inputs had been imported already and nothing was done
     * @param lineage the matching, when an import ran
     */
    record ImportResult(boolean imported, ImportSummary summary, LineageMatcher.@Nullable Result lineage) {}

    private final JdbcClient jdbc;
    private final AdminUnitRepository units;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AdminUnitImport(
            JdbcClient jdbc,
            AdminUnitRepository units,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        importAll();
    }

    ImportResult importAll() {
        long started = System.nanoTime();
        Inputs inputs = Inputs.fromClasspath(AdminUnitImport.class.getClassLoader());
        String checksum = inputs.checksum(IMPORTER_VERSION);
        Optional<ImportSummary> done =
                units.findLastImport().filter(last -> last.checksum().equals(checksum));
        if (done.isPresent()) {
            log.info("Administrative units are up to date, checked in {} ms", millisSince(started));
            return new ImportResult(false, done.get(), null);
        }

        long checked = System.nanoTime();
        Parsed datasets = UnitDatasets.parse(inputs);
        long parsed = System.nanoTime();
        LineageMatcher.Result lineage = LineageMatcher.match(datasets);
        List<@Nullable Object[]> rows = unitRows(datasets, lineage);
        long matched = System.nanoTime();

        ImportResult result = Objects.requireNonNull(transactions.execute(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:lock)")
                    .param("lock", LOCK)
                    .query()
                    .listOfRows();
            Optional<ImportSummary> byAnotherNode =
                    units.findLastImport().filter(last -> last.checksum().equals(checksum));
            if (byAnotherNode.isPresent()) {
                return new ImportResult(false, byAnotherNode.get(), null);
            }
            write(rows, lineage);
            ImportSummary summary = new ImportSummary(
                    DATASET,
                    checksum,
                    clock.instant(),
                    datasets.unitCount(),
                    lineage.links().size(),
                    lineage.gaps().size(),
                    millisSince(started));
            record(summary);
            return new ImportResult(true, summary, lineage);
        }));
        if (result.imported()) {
            log.info(
                    "Imported {} administrative units, {} lineage links and {} gaps in {} ms (read and checksum {} ms,"
                            + " parse {} ms, lineage and rows {} ms, write and commit {} ms); commune texts: {} pieces,"
                            + " matched by rule {}, not found {}, ambiguous {}",
                    result.summary().unitCount(),
                    result.summary().lineageCount(),
                    result.summary().gapCount(),
                    millisSince(started),
                    Duration.ofNanos(checked - started).toMillis(),
                    Duration.ofNanos(parsed - checked).toMillis(),
                    Duration.ofNanos(matched - parsed).toMillis(),
                    millisSince(matched),
                    lineage.communeFragments(),
                    lineage.linksByRule(),
                    lineage.gaps(Reason.NOT_FOUND),
                    lineage.gaps(Reason.AMBIGUOUS));
        }
        return result;
    }

    private void write(List<@Nullable Object[]> rows, LineageMatcher.Result lineage) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            write(connection, rows, lineage);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** On the transaction's connection: COPY needs the driver's connection, the statements go through JdbcClient. */
    private void write(Connection connection, List<@Nullable Object[]> rows, LineageMatcher.Result lineage) {
        jdbc.sql("CREATE TEMPORARY TABLE admin_unit_incoming (LIKE admin_unit INCLUDING DEFAULTS) ON COMMIT DROP")
                .update();
        PgCopy.copy(connection, "admin_unit_incoming", UNIT_COLUMNS, rows);
        String assignments = String.join(
                ", ",
                UNIT_COLUMNS.stream().skip(1).map(c -> c + " = EXCLUDED." + c).toList());
        String current = String.join(
                ", ", UNIT_COLUMNS.stream().skip(1).map(c -> "admin_unit." + c).toList());
        String incoming = String.join(
                ", ", UNIT_COLUMNS.stream().skip(1).map(c -> "EXCLUDED." + c).toList());
        int changed = jdbc.sql("INSERT INTO admin_unit (" + String.join(", ", UNIT_COLUMNS) + ") SELECT "
                        + String.join(", ", UNIT_COLUMNS) + " FROM admin_unit_incoming"
                        + " ON CONFLICT (id) DO UPDATE SET " + assignments
                        + " WHERE (" + current + ") IS DISTINCT FROM (" + incoming + ")")
                .update();
        long stale = jdbc.sql("SELECT count(*) FROM admin_unit u"
                        + " WHERE NOT EXISTS (SELECT 1 FROM admin_unit_incoming i WHERE i.id = u.id)")
                .query(Long.class)
                .single();
        if (stale > 0) {
            log.warn("{} administrative units are no longer in the datasets; they are kept", stale);
        }
        log.debug("{} administrative units inserted or changed", changed);

        jdbc.sql("DELETE FROM admin_unit_lineage").update();
        jdbc.sql("DELETE FROM admin_unit_lineage_gap").update();
        List<@Nullable Object[]> links = new ArrayList<>(lineage.links().size());
        for (Link link : lineage.links()) {
            links.add(new Object[] {
                link.successorId(),
                link.predecessorId(),
                link.partial(),
                REFORM,
                link.rule().name()
            });
        }
        PgCopy.copy(
                connection,
                "admin_unit_lineage",
                List.of("successor_id", "predecessor_id", "partial", "effective_date", "matched_by"),
                links);
        List<@Nullable Object[]> gaps = new ArrayList<>(lineage.gaps().size());
        for (Gap gap : lineage.gaps()) {
            gaps.add(new @Nullable Object[] {
                gap.successorId(),
                gap.fragment(),
                gap.reason().name(),
                gap.candidateIds().isEmpty() ? null : String.join(",", gap.candidateIds())
            });
        }
        PgCopy.copy(
                connection,
                "admin_unit_lineage_gap",
                List.of("successor_id", "fragment", "reason", "candidates"),
                gaps);
    }

    private void record(ImportSummary summary) {
        jdbc.sql("""
                        INSERT INTO admin_unit_import
                            (dataset, checksum, imported_at, unit_count, lineage_count, gap_count, duration_ms)
                        VALUES (:dataset, :checksum, :importedAt, :units, :links, :gaps, :duration)
                        ON CONFLICT (dataset) DO UPDATE SET checksum = EXCLUDED.checksum,
                            imported_at = EXCLUDED.imported_at, unit_count = EXCLUDED.unit_count,
                            lineage_count = EXCLUDED.lineage_count, gap_count = EXCLUDED.gap_count,
                            duration_ms = EXCLUDED.duration_ms
                        """)
                .param("dataset", summary.dataset())
                .param("checksum", summary.checksum())
                .param("importedAt", Timestamp.from(summary.importedAt()))
                .param("units", summary.unitCount())
                .param("links", summary.lineageCount())
                .param("gaps", summary.gapCount())
                .param("duration", summary.durationMs())
                .update();
    }

    /**
     * The rows of {@code admin_unit}. Old units hang, in their path, under the current province their old province
     * went into: "33/old-34/old-336/old-12345".
     */
    static List<@Nullable Object[]> unitRows(Parsed datasets, LineageMatcher.Result lineage) {
        List<@Nullable Object[]> rows = new ArrayList<>(datasets.unitCount());
        for (SourceUnit province : datasets.currentProvinces()) {
            rows.add(row(province, province.code(), null, province.code(), province.code(), true, lineage));
        }
        for (SourceUnit commune : datasets.currentCommunes()) {
            String province = required(commune.parentCode(), commune);
            rows.add(row(commune, commune.code(), province, province + "/" + commune.code(), province, true, lineage));
        }
        Map<String, String> paths = new HashMap<>();
        Map<String, String> provinceCodes = new HashMap<>();
        for (SourceUnit province : datasets.oldProvinces()) {
            String current = required(lineage.currentProvinceOf().get(province.code()), province);
            String id = LineageMatcher.oldId(province.code());
            paths.put(id, current + "/" + id);
            provinceCodes.put(id, current);
            rows.add(row(province, id, null, paths.get(id), current, false, lineage));
        }
        for (List<SourceUnit> level : List.of(datasets.oldDistricts(), datasets.oldCommunes())) {
            for (SourceUnit unit : level) {
                String id = LineageMatcher.oldId(unit.code());
                String parent = LineageMatcher.oldId(required(unit.parentCode(), unit));
                String parentPath = required(paths.get(parent), unit);
                paths.put(id, parentPath + "/" + id);
                provinceCodes.put(id, provinceCodes.get(parent));
                rows.add(row(unit, id, parent, paths.get(id), provinceCodes.get(parent), false, lineage));
            }
        }
        return rows;
    }

    private static @Nullable Object[] row(
            SourceUnit unit,
            String id,
            @Nullable String parentId,
            String path,
            @Nullable String provinceCode,
            boolean current,
            LineageMatcher.Result lineage) {
        UnitKind kind = unit.kind();
        return new @Nullable Object[] {
            id,
            unit.code(),
            current ? "CURRENT" : "PRE_2025",
            kind.level().name(),
            kind.name(),
            unit.name(),
            unit.fullName(),
            unit.nameEn(),
            parentId,
            path,
            provinceCode,
            current ? REFORM : null,
            current ? null : REFORM.minusDays(1),
            VietnameseText.fold(unit.fullName() + " " + unit.name()),
            VietnameseText.sortKey(unit.name()),
            current ? lineage.formedFrom().get(unit.code()) : null
        };
    }

    private static <T> T required(@Nullable T value, SourceUnit unit) {
        if (value == null) {
            throw new IllegalStateException("Cannot place " + unit + " in the hierarchy");
        }
        return value;
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
