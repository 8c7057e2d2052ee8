package vn.danvan.landclearance.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;

/**
 * The household-list import of a project: explanation, template and upload; the outcome of the check (counts,
 * errors, the error report); and the confirmation that writes the households.
 */
@Controller
@RequestMapping("/landclearance")
class HouseholdImportController {

    static final int ERRORS_SHOWN = 500;
    static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final HouseholdImportService imports;
    private final ImportTemplateWorkbook template;
    private final MessageSource messages;

    HouseholdImportController(HouseholdImportService imports, ImportTemplateWorkbook template, MessageSource messages) {
        this.imports = imports;
        this.template = template;
        this.messages = messages;
    }

    /** One error line as the page shows it. */
    record ErrorLine(int row, String column, String message) {}

    @GetMapping("/projects/{id}/import")
    String form(@PathVariable UUID id, Model model) {
        HouseholdImportService.ImportProject project = imports.project(id);
        return page(project, model, null, new Object[0]);
    }

    @PostMapping("/projects/{id}/import")
    String upload(
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        HouseholdImportService.ImportProject project = imports.project(id);
        if (file == null || file.isEmpty()) {
            return page(project, model, "lc.import.chooseFile", new Object[0]);
        }
        if (file.getSize() > HouseholdImportReader.MAX_BYTES) {
            return page(project, model, "lc.import.rejected.tooLarge", new Object[] {
                HouseholdImportReader.MAX_BYTES / 1024 / 1024
            });
        }
        try {
            String filename = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            UUID importId = imports.upload(id, filename, file.getBytes());
            return "redirect:/landclearance/projects/" + id + "/import/" + importId;
        } catch (HouseholdImportRejected e) {
            return page(project, model, e.messageKey(), e.args());
        }
    }

    private String page(
            HouseholdImportService.ImportProject project, Model model, @Nullable String rejection, Object[] args) {
        CurrentUser user = SignedIn.user();
        model.addAttribute("project", project);
        model.addAttribute(
                "communes",
                project.communes().stream()
                        .filter(c -> user.scope().includes(c.unitPath()))
                        .toList());
        model.addAttribute(
                "columns", ImportRowColumn.ALL.stream().map(c -> c.header).toList());
        model.addAttribute("maxRows", HouseholdImportReader.MAX_ROWS);
        model.addAttribute("maxMb", HouseholdImportReader.MAX_BYTES / 1024 / 1024);
        model.addAttribute(
                "rejection",
                rejection == null
                        ? null
                        : messages.getMessage(rejection, args, rejection, LocaleContextHolder.getLocale()));
        model.addAttribute("breadcrumbs", breadcrumbs(project, null));
        return "landclearance/import";
    }

    @GetMapping("/projects/{id}/import/{importId}")
    String outcome(@PathVariable UUID id, @PathVariable UUID importId, Model model, Locale locale) {
        HouseholdImportService.ImportProject project = imports.project(id);
        HouseholdImportService.ImportSummary summary = imports.summary(id, importId);
        List<ErrorLine> errors = imports.errors(importId, ERRORS_SHOWN).stream()
                .map(e -> new ErrorLine(
                        e.row(),
                        e.column() == null ? "" : e.column(),
                        messages.getMessage(e.key(), e.argArray(), e.key(), locale)))
                .toList();
        model.addAttribute("project", project);
        model.addAttribute("summary", summary);
        model.addAttribute(
                "importedAt",
                summary.importedAt() == null ? null : summary.importedAt().atZone(VIETNAM));
        model.addAttribute("errors", errors);
        model.addAttribute("errorsShown", Math.min(summary.errorCount(), ERRORS_SHOWN));
        model.addAttribute("breadcrumbs", breadcrumbs(project, "lc.import.result.title"));
        return "landclearance/import-result";
    }

    @GetMapping("/projects/{id}/import/{importId}/errors.xlsx")
    ResponseEntity<byte[]> errorReport(@PathVariable UUID id, @PathVariable UUID importId, Locale locale) {
        byte[] body = imports.errorReport(id, importId, locale);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bao-loi-nhap-ho-dan.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    @PostMapping("/projects/{id}/import/{importId}/confirm")
    String confirm(
            @PathVariable UUID id,
            @PathVariable UUID importId,
            @RequestParam(name = "goodOnly", defaultValue = "false") boolean goodOnly,
            RedirectAttributes redirect) {
        try {
            HouseholdImportService.ImportOutcome outcome = imports.confirm(id, importId, goodOnly);
            Flash.success(
                    redirect,
                    "lc.import.confirm.done",
                    outcome.households(),
                    outcome.plots(),
                    outcome.skippedHouseholds());
        } catch (HouseholdImportRejected e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/landclearance/projects/" + id + "/import/" + importId;
    }

    @GetMapping("/import-template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(name = "project", required = false) @Nullable UUID projectId) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        List<HouseholdImportContext.ProjectCommune> communes = List.of();
        String label = "";
        if (projectId != null) {
            HouseholdImportService.ImportProject project = imports.visibleProject(projectId, user.scope());
            communes = project.communes().stream()
                    .filter(c -> user.scope().includes(c.unitPath()))
                    .toList();
            label = project.code() + " — " + project.name();
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mau-danh-sach-ho-dan.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(template.build(communes, label));
    }

    private static List<Breadcrumb> breadcrumbs(HouseholdImportService.ImportProject project, @Nullable String last) {
        String projectUrl = "/landclearance/projects/" + project.id();
        if (last == null) {
            return Breadcrumb.trail(
                    Breadcrumb.key("lc.import.breadcrumb.projects", "/landclearance"),
                    Breadcrumb.text(project.code(), projectUrl),
                    Breadcrumb.key("lc.import.title", null));
        }
        return Breadcrumb.trail(
                Breadcrumb.key("lc.import.breadcrumb.projects", "/landclearance"),
                Breadcrumb.text(project.code(), projectUrl),
                Breadcrumb.key("lc.import.title", projectUrl + "/import"),
                Breadcrumb.key(last, null));
    }
}
