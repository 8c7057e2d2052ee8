package vn.danvan.audit.internal;

import java.util.List;
import org.springframework.data.domain.Page;

/** A page of the audit trail in the API: the entries, the page number (from 0), the page size and the total. */
record AuditPage(List<AuditEntryView> items, int page, int size, long total) {

    static AuditPage of(Page<AuditEntryView> page) {
        return new AuditPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }
}
