package vn.danvan.organisation.internal.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitLevel;

/**
 * The published datasets of administrative units, as copied into {@code resources/adminunits} (see its README):
 * today's units, the units before 1 July 2025, and the "formed from" text of every current unit.
 */
final class UnitDatasets {

    static final String CURRENT = "adminunits/current/ImportData_vn_units.sql";
    static final String BEFORE_2025 = "adminunits/before-2025-07/ImportData_vn_units.sql";
    static final String MERGER = "adminunits/merger-2025/units_with_predecessors.json";

    /**
     * A unit as published. {@code parentCode} is the province for current communes and old districts, the district
     * for old communes, {@code null} for provinces.
     */
    record SourceUnit(
            String code,
            UnitKind kind,
            String name,
            @Nullable String nameEn,
            String fullName,
            @Nullable String parentCode) {}

    /**
     * What a current unit was formed from ({@code truocsapnhap}), as free Vietnamese text.
     *
     * @param parentCode the province for communes, "0" for provinces
     */
    record Formation(String code, String name, String parentCode, String formedFrom) {

        boolean isProvince() {
            return "0".equals(parentCode);
        }
    }

    /** The raw bytes of the three inputs: hashed to decide whether to import, parsed when importing. */
    record Inputs(byte[] current, byte[] before2025, byte[] merger) {

        static Inputs fromClasspath(ClassLoader classLoader) {
            return new Inputs(read(classLoader, CURRENT), read(classLoader, BEFORE_2025), read(classLoader, MERGER));
        }

        /** SHA-256 of the inputs and of the importer version, in hex. */
        String checksum(String importerVersion) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (byte[] part :
                        List.of(current, before2025, merger, importerVersion.getBytes(StandardCharsets.UTF_8))) {
                    sha.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
                    sha.update((byte) 0);
                    sha.update(part);
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static byte[] read(ClassLoader classLoader, String resource) {
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing dataset on the classpath: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The parsed datasets. */
    record Parsed(
            List<SourceUnit> currentProvinces,
            List<SourceUnit> currentCommunes,
            List<SourceUnit> oldProvinces,
            List<SourceUnit> oldDistricts,
            List<SourceUnit> oldCommunes,
            List<Formation> formations) {

        int unitCount() {
            return currentProvinces.size()
                    + currentCommunes.size()
                    + oldProvinces.size()
                    + oldDistricts.size()
                    + oldCommunes.size();
        }
    }

    private UnitDatasets() {}

    static Parsed parse(Inputs inputs) {
        Map<String, List<SqlInserts.Row>> current =
                SqlInserts.read(new String(inputs.current(), StandardCharsets.UTF_8));
        Map<String, List<SqlInserts.Row>> old =
                SqlInserts.read(new String(inputs.before2025(), StandardCharsets.UTF_8));
        Map<String, UnitKind> currentKinds = kinds(table(current, "administrative_units"));
        Map<String, UnitKind> oldKinds = kinds(table(old, "administrative_units"));
        return new Parsed(
                units(table(current, "provinces"), currentKinds, null, UnitLevel.PROVINCE),
                units(table(current, "wards"), currentKinds, "province_code", UnitLevel.COMMUNE),
                units(table(old, "provinces"), oldKinds, null, UnitLevel.PROVINCE),
                units(table(old, "districts"), oldKinds, "province_code", UnitLevel.DISTRICT),
                units(table(old, "wards"), oldKinds, "district_code", UnitLevel.COMMUNE),
                formations(inputs.merger()));
    }

    /**
     * The kinds by {@code administrative_unit_id}. The two datasets number them differently (3 is "ward" today but
     * "city under a municipality" before 2025), so they are read from each dataset's own table by their English code.
     */
    private static Map<String, UnitKind> kinds(List<SqlInserts.Row> rows) {
        Map<String, UnitKind> kinds = new HashMap<>();
        for (SqlInserts.Row row : rows) {
            kinds.put(row.require("id"), kindOf(row.require("code_name_en")));
        }
        return kinds;
    }

    static UnitKind kindOf(String codeNameEn) {
        return switch (codeNameEn) {
            case "municipality" -> UnitKind.MUNICIPALITY;
            case "province" -> UnitKind.PROVINCE;
            case "municipal_city" -> UnitKind.MUNICIPAL_CITY;
            case "provincial_city" -> UnitKind.PROVINCIAL_CITY;
            case "urban_district" -> UnitKind.URBAN_DISTRICT;
            case "district_level_town" -> UnitKind.DISTRICT_TOWN;
            case "district" -> UnitKind.DISTRICT;
            case "ward" -> UnitKind.WARD;
            case "commune_level_town" -> UnitKind.TOWNSHIP;
            case "commune" -> UnitKind.COMMUNE;
            case "special_administrative_region" -> UnitKind.SPECIAL_ZONE;
            default -> throw new IllegalArgumentException("Unknown kind of administrative unit: " + codeNameEn);
        };
    }

    private static List<SourceUnit> units(
            List<SqlInserts.Row> rows, Map<String, UnitKind> kinds, @Nullable String parentColumn, UnitLevel level) {
        List<SourceUnit> units = new ArrayList<>(rows.size());
        for (SqlInserts.Row row : rows) {
            String kindId = row.require("administrative_unit_id");
            UnitKind kind = kinds.get(kindId);
            if (kind == null || kind.level() != level) {
                throw new IllegalArgumentException("Unit " + row.require("code") + " has kind " + kindId + " (" + kind
                        + "), not of level " + level);
            }
            String name = row.require("name").strip();
            String fullName = row.get("full_name");
            units.add(new SourceUnit(
                    row.require("code"),
                    kind,
                    name,
                    row.get("name_en"),
                    fullName == null || fullName.isBlank() ? name : fullName.strip(),
                    parentColumn == null ? null : row.require(parentColumn)));
        }
        return units;
    }

    private static List<Formation> formations(byte[] json) {
        JsonNode root = JsonMapper.shared().readTree(json);
        List<Formation> formations = new ArrayList<>(root.size());
        for (JsonNode unit : root) {
            formations.add(new Formation(
                    unit.path("ma").asString().strip(),
                    unit.path("ten").asString().strip(),
                    unit.path("magoc").asString().strip(),
                    unit.path("truocsapnhap").asString()));
        }
        return formations;
    }

    private static List<SqlInserts.Row> table(Map<String, List<SqlInserts.Row>> tables, String name) {
        List<SqlInserts.Row> rows = tables.get(name);
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException("The dataset has no rows for table " + name);
        }
        return rows;
    }
}
