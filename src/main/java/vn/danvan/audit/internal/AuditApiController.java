package vn.danvan.audit.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.shared.security.CurrentUser;

/**
 * The audit trail as JSON: {@code GET /api/v1/audit} (the page's filters, with {@code page}, {@code size} and
 * {@code sort}) and {@code GET /api/v1/audit/verify}. Both need {@code audit:read}.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditService audit;
    private final MessageSource messages;

    AuditApiController(AuditService audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    ResponseEntity<?> list(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @ModelAttribute AuditSearchForm filter,
            BindingResult errors,
            @PageableDefault(size = 25, sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable,
            Locale locale) {
        audit.requireReader(user);
        AuditSearch search = filter.toSearch(errors);
        if (errors.hasErrors()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (FieldError error : errors.getFieldErrors()) {
                fields.put(error.getField(), messages.getMessage(error, locale));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", HttpStatus.BAD_REQUEST.value());
            body.put("error", HttpStatus.BAD_REQUEST.getReasonPhrase());
            body.put("message", messages.getMessage("audit.filter.invalid", null, locale));
            body.put("fields", fields);
            return ResponseEntity.badRequest().body(body);
        }
        return ResponseEntity.ok(AuditPage.of(audit.search(user, search, pageable)));
    }

    @GetMapping("/verify")
    ChainVerification verify(@AuthenticationPrincipal @Nullable CurrentUser user) {
        return audit.verify(user);
    }
}
