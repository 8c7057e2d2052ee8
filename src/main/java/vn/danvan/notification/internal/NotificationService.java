package vn.danvan.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.notification.Notice;
import vn.danvan.notification.Notifications;
import vn.danvan.organisation.Accounts;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.web.Paging;
import vn.danvan.shared.web.RecordNotFound;

/** Sends notices for other modules, and lets each person read and mark their own. */
@Service
class NotificationService implements Notifications {

    private final NotificationRepository notices;
    private final NoticeText text;
    private final Accounts accounts;
    private final Clock clock;

    NotificationService(NotificationRepository notices, NoticeText text, Accounts accounts, Clock clock) {
        this.notices = notices;
        this.text = text;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void send(Notice notice) {
        if (notice.link() != null && !isApplicationPath(notice.link())) {
            throw new IllegalArgumentException("A notice links to a path of the application, not " + notice.link());
        }
        Instant now = clock.instant();
        notices.insert(notice, now, LocalDate.ofInstant(now, clock.getZone()));
    }

    @Override
    @Transactional(readOnly = true)
    public Collection<UUID> usersOf(Collection<UUID> orgUnitIds) {
        return accounts.usersWithRoleIn(orgUnitIds);
    }

    /** The user's own notices, newest first, rendered in their language. */
    @Transactional(readOnly = true)
    Page<NoticeView> page(CurrentUser user, int page, Locale locale) {
        int number = Math.max(0, Math.min(page, 100_000));
        PageRequest request = PageRequest.of(number, Paging.DEFAULT_SIZE, Sort.by(Sort.Direction.DESC, "createdAt"));
        var items = notices.page(user.id(), (int) request.getOffset(), request.getPageSize()).stream()
                .map(n -> text.view(n, locale))
                .toList();
        return new PageImpl<>(items, request, notices.count(user.id()));
    }

    @Transactional(readOnly = true)
    long unread(CurrentUser user) {
        return notices.countUnread(user.id());
    }

    /** Marks one of the user's own notices read; another person's notice is "not found". */
    @Transactional
    StoredNotice markRead(CurrentUser user, UUID id) {
        StoredNotice notice = notices.find(id, user.id()).orElseThrow(() -> new RecordNotFound("notification", id));
        notices.markRead(id, user.id(), clock.instant());
        return notice;
    }

    @Transactional
    int markAllRead(CurrentUser user) {
        return notices.markAllRead(user.id(), clock.instant());
    }

    /** A path inside the application ({@code /petitions/HY-2026-000123}), never another site. */
    static boolean isApplicationPath(String link) {
        return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\") && link.length() <= 500;
    }
}
