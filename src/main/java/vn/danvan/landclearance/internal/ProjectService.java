package vn.danvan.landclearance.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.StoredFile;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Key projects: register and describe them, outline their boundary, and record the statutory steps reached. A project
 * is seen by users whose area covers its owner or one of the communes it crosses; others get "not found".
 */
@Service
class ProjectService {

    static final String MODULE = "landclearance";
    static final String BOUNDARY_RECORD = "project-boundary";

    private final ProjectRepository projects;
    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AdminUnits units;
    private final StepRuleService rules;
    private final ObjectProvider<Attachments> attachments;
    private final AuditTrail audit;
    private final Clock clock;

    ProjectService(
            ProjectRepository projects,
            JdbcClient jdbc,
            Organisations organisations,
            AdminUnits units,
            StepRuleService rules,
            ObjectProvider<Attachments> attachments,
            AuditTrail audit,
            Clock clock) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.units = units;
        this.rules = rules;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** A project the user may see (READ), or 404. */
    @Transactional(readOnly = true)
    Project get(UUID id) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        boolean visible = new ProjectSql()
                        .append("SELECT count(*) FROM lc_project p WHERE p.id = ? AND ", id)
                        .projectVisible(user.scope(), "p")
                        .on(jdbc)
                        .query(Long.class)
                        .single()
                > 0;
        if (!visible) {
            throw new RecordNotFound("lc_project", id);
        }
        return projects.findById(id).orElseThrow(() -> new RecordNotFound("lc_project", id));
    }

    @Transactional
    Project register(ProjectForm form) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.MANAGE);
        Project.Owner owner = owner(form.ownerOrgId());
        checkCodeFree(owner.provinceCode(), form.code(), null);
        List<ProjectCommune> communes = communes(user, owner.provinceCode(), form.chosenCommunes());
        Instant now = clock.instant();
        Project project = projects.save(new Project(owner, description(form), communes, false, now));
        audit.record(described("landclearance.project.registered", project));
        return project;
    }

    @Transactional
    Project update(UUID id, ProjectForm form) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.MANAGE);
        Project project = get(id);
        Project.Owner owner = owner(form.ownerOrgId());
        checkCodeFree(owner.provinceCode(), form.code(), id);
        List<ProjectCommune> communes = communes(user, owner.provinceCode(), form.chosenCommunes());
        project.describe(owner, description(form), communes, clock.instant());
        projects.flush();
        audit.record(described("landclearance.project.updated", project));
        return project;
    }

    /** Checks, normalises and keeps an uploaded boundary (GeoJSON or KML); the file itself is kept as evidence. */
    @Transactional
    Project outline(UUID id, String filename, byte[] content) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        Project project = get(id);
        String boundary = ProjectBoundary.normalise(content);
        UUID fileId = null;
        Attachments files = attachments.getIfAvailable();
        if (files != null) {
            // Boundary files are plain text; the files module knows them by their bytes as text.
            StoredFile file = files.store(
                    new FileOwner(MODULE, BOUNDARY_RECORD, project.id(), project.path()),
                    plainTextName(filename),
                    new ByteArrayInputStream(content),
                    java.util.Set.of("text/plain"));
            fileId = file.id();
        }
        project.outline(boundary, fileId, clock.instant());
        projects.flush();
        audit.record(AuditEvent.of("landclearance.project.boundaryUploaded", "lc_project", project.id())
                .withDetail("filename", filename)
                .withDetail("file", fileId == null ? "" : fileId.toString())
                .withDetail("bytes", content.length));
        return project;
    }

    /** Records (or clears, with no date) the day a statutory step was reached. */
    @Transactional
    void recordStep(UUID id, ProjectStepForm form) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        Project project = get(id);
        ClearanceStep step = form.step();
        if (form.reachedOn() != null && form.reachedOn().isAfter(LocalDate.now(clock))) {
            throw new ProjectStepInFuture();
        }
        Map<ClearanceStep, StepSchedule.Reached> before = reached(project.id());
        jdbc.sql("INSERT INTO lc_project_step (project_id, step, reached_on, document_ref, note) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (project_id, step) DO UPDATE SET reached_on = EXCLUDED.reached_on,"
                        + " document_ref = EXCLUDED.document_ref, note = EXCLUDED.note")
                .param(project.id())
                .param(step.name())
                .param(form.reachedOn())
                .param(blankToNull(form.documentRef()))
                .param(blankToNull(form.note()))
                .update();
        StepSchedule.Reached previous = before.get(step);
        audit.record(AuditEvent.of("landclearance.project.stepRecorded", "lc_project", project.id())
                .withDetail("step", step.name())
                .withDetail(
                        "previousReachedOn",
                        previous == null ? "" : previous.on().toString())
                .withDetail(
                        "reachedOn",
                        form.reachedOn() == null ? "" : form.reachedOn().toString())
                .withDetail("documentRef", blankToNull(form.documentRef())));
    }

    /** The steps reached, per project: one query for all. */
    @Transactional(readOnly = true)
    Map<ClearanceStep, StepSchedule.Reached> reached(UUID projectId) {
        Map<ClearanceStep, StepSchedule.Reached> result = new EnumMap<>(ClearanceStep.class);
        jdbc.sql("SELECT step, reached_on, document_ref, note FROM lc_project_step"
                        + " WHERE project_id = ? AND reached_on IS NOT NULL")
                .param(projectId)
                .query((rs, n) -> {
                    result.put(
                            ClearanceStep.valueOf(rs.getString("step")),
                            new StepSchedule.Reached(
                                    rs.getObject("reached_on", LocalDate.class),
                                    rs.getString("document_ref"),
                                    rs.getString("note")));
                    return null;
                })
                .list();
        return result;
    }

    @Transactional(readOnly = true)
    StepSchedule schedule(Project project) {
        return StepSchedule.compute(rules.all(), reached(project.id()), project.landKind(), LocalDate.now(clock));
    }

    /** Organisations the user may choose as owner. */
    List<OrgUnitView> ownerChoices() {
        return organisations.choices(500);
    }

    /** The user's board (the widest mass-mobilisation board they see), the default owner of a new project. */
    Optional<UUID> defaultOwner(List<OrgUnitView> choices) {
        return choices.stream()
                .filter(o -> o.kind() == OrgUnitKind.MASS_MOBILIZATION_BOARD)
                .min(Comparator.comparingInt((OrgUnitView o) -> o.path().length()))
                .map(OrgUnitView::id);
    }

    /** The province of an organisation, to list the communes a project of it may cross. */
    Optional<String> provinceOf(@Nullable UUID orgId) {
        if (orgId == null) {
            return Optional.empty();
        }
        return organisations
                .findVisible(orgId)
                .flatMap(o -> units.find(o.adminUnitId()))
                .map(AdminUnitView::provinceCode);
    }

    private Project.Owner owner(@Nullable UUID orgId) {
        OrgUnitView org =
                orgId == null ? null : organisations.findVisible(orgId).orElse(null);
        if (org == null) {
            throw new ProjectOwnerNotVisible();
        }
        String province =
                units.find(org.adminUnitId()).map(AdminUnitView::provinceCode).orElseThrow(ProjectOwnerNotVisible::new);
        return new Project.Owner(org.id(), org.name(), org.path(), province);
    }

    private void checkCodeFree(String provinceCode, @Nullable String code, @Nullable UUID self) {
        String c = code == null ? "" : code.strip();
        boolean taken = jdbc.sql("SELECT count(*) FROM lc_project WHERE province_code = ? AND lower(code) = lower(?)"
                                + " AND id IS DISTINCT FROM ?")
                        .param(provinceCode)
                        .param(c)
                        .param(self)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new ProjectCodeTaken(c);
        }
    }

    private List<ProjectCommune> communes(CurrentUser user, String provinceCode, List<String> ids) {
        List<ProjectCommune> result = new ArrayList<>();
        for (String id : ids) {
            AdminUnitView unit = units.find(id).orElseThrow(() -> new ProjectCommuneNotAllowed(id));
            if (unit.level() != UnitLevel.COMMUNE
                    || !unit.provinceCode().equals(provinceCode)
                    || !user.scope().includes(unit.path())) {
                throw new ProjectCommuneNotAllowed(unit.fullName());
            }
            result.add(new ProjectCommune(unit.id(), unit.fullName(), unit.path()));
        }
        return result;
    }

    private static Project.Description description(ProjectForm form) {
        return new Project.Description(
                form.code(),
                form.name(),
                form.investor(),
                form.policyDecision(),
                form.recoveryDecision(),
                form.landKind(),
                form.totalAreaM2(),
                form.targetHandoverOn(),
                form.note());
    }

    private static AuditEvent described(String action, Project p) {
        return AuditEvent.of(action, "lc_project", p.id())
                .withDetail("code", p.code())
                .withDetail("name", p.name())
                .withDetail("investor", p.investor())
                .withDetail("owner", p.ownerOrgId().toString())
                .withDetail("landKind", p.landKind().name())
                .withDetail("totalAreaM2", p.totalAreaM2().toPlainString())
                .withDetail("policyDecision", p.policyDecision())
                .withDetail("recoveryDecision", p.recoveryDecision())
                .withDetail(
                        "targetHandoverOn",
                        p.targetHandoverOn() == null ? "" : p.targetHandoverOn().toString())
                .withDetail(
                        "communes",
                        String.join(
                                ",",
                                p.communes().stream()
                                        .map(ProjectCommune::unitId)
                                        .toList()));
    }

    /** The kept copy is named as the text it is, whatever the upload's extension (.geojson, .json, .kml). */
    static String plainTextName(String filename) {
        String base = filename.isBlank() ? "ranh-gioi" : filename.strip();
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? base : base + ".txt";
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
