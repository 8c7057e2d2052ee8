package vn.danvan.audit.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditPermissions;
import vn.danvan.shared.security.CurrentUser;

/** Browsing the audit trail and checking its chain, for holders of {@link AuditPermissions#READ} only. */
@Service
class AuditService {

    static final int MAX_PAGE_SIZE = 100;
    static final int VERIFY_BATCH = 1000;

    private final AuditRepository entries;

    AuditService(AuditRepository entries) {
        this.entries = entries;
    }

    /** A page of the entries that match, newest first unless another order is asked for. */
    @Transactional(readOnly = true)
    Page<AuditEntryView> search(@Nullable CurrentUser user, AuditSearch search, Pageable pageable) {
        requireReader(user);
        Pageable bounded = PageRequest.of(
                Math.max(0, pageable.getPageNumber()),
                Math.min(Math.max(1, pageable.getPageSize()), MAX_PAGE_SIZE),
                pageable.getSort());
        return entries.search(search, bounded).map(AuditEntryView::of);
    }

    /** Checks the whole chain for a user of the page or the API. */
    ChainVerification verify(@Nullable CurrentUser user) {
        requireReader(user);
        return verifyChain();
    }

    /**
     * Checks the whole chain, from the first entry to the last, in id order. Entries are read in batches by id, so
     * memory stays constant however long the trail, and no long transaction is held open.
     */
    ChainVerification verifyChain() {
        ChainCheck check = new ChainCheck();
        long after = 0;
        while (true) {
            List<AuditEntry> batch = entries.batchAfter(after, VERIFY_BATCH);
            for (AuditEntry entry : batch) {
                if (!check.accept(entry)) {
                    return check.result();
                }
            }
            if (batch.size() < VERIFY_BATCH) {
                return check.result();
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    void requireReader(@Nullable CurrentUser user) {
        if (user == null || !user.can(AuditPermissions.READ)) {
            throw new AccessDeniedException("The audit trail needs the permission " + AuditPermissions.READ);
        }
    }
}
