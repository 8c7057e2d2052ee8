package vn.danvan.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.organisation.AccountContact;
import vn.danvan.organisation.Accounts;

/**
 * Bản tin thông báo hằng ngày: once a day, one e-mail per person with every notice they have not yet been
 * e-mailed, in their language, with links into the application. A person's notices are marked e-mailed in the same
 * transaction that hands the e-mail over, so a second run the same day sends nothing, and a failed hand-over leaves
 * them for the next run. People with no e-mail address are skipped; their notices stay in the application.
 */
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NotificationRepository notices;
    private final Accounts accounts;
    private final NoticeText text;
    private final MailDelivery mail;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String baseUrl;
    private final String sender;

    DailyDigest(
            NotificationRepository notices,
            Accounts accounts,
            NoticeText text,
            MailDelivery mail,
            TransactionTemplate transaction,
            Clock clock,
            String baseUrl,
            String sender) {
        this.notices = notices;
        this.accounts = accounts;
        this.text = text;
        this.mail = mail;
        this.transaction = transaction;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.sender = sender;
    }

    /** Sends today's digests; returns how many e-mails went out. */
    int run() {
        int sent = 0;
        for (UUID recipient : notices.recipientsAwaitingDigest()) {
            Optional<AccountContact> contact = accounts.contact(recipient);
            if (contact.isEmpty() || !contact.get().hasEmail()) {
                log.info("No e-mail address for user {}: their notices stay in the application only", recipient);
                continue;
            }
            try {
                Boolean delivered = transaction.execute(status -> sendTo(contact.get()));
                sent += Boolean.TRUE.equals(delivered) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("The digest to user {} could not be handed over; it stays pending", recipient, e);
            }
        }
        return sent;
    }

    private boolean sendTo(AccountContact person) {
        List<StoredNotice> pending = notices.lockAwaitingDigest(person.userId());
        if (pending.isEmpty()) {
            return false;
        }
        mail.deliver(compose(person, pending));
        notices.markEmailed(pending.stream().map(StoredNotice::id).toList(), clock.instant());
        return true;
    }

    MimeMessage compose(AccountContact person, List<StoredNotice> pending) {
        Locale locale = person.locale();
        String today = LocalDate.ofInstant(clock.instant(), clock.getZone()).format(DATE);
        StringBuilder body = new StringBuilder();
        body.append(text.message("notification.digest.greeting", locale, person.displayName()))
                .append("\n\n")
                .append(text.message("notification.digest.intro", locale, today))
                .append("\n\n");
        for (StoredNotice notice : pending) {
            body.append("- ").append(text.render(notice, locale)).append('\n');
            if (notice.link() != null) {
                body.append("  ").append(baseUrl).append(notice.link()).append('\n');
            }
            body.append('\n');
        }
        body.append(text.message("notification.digest.all", locale, baseUrl + "/notifications"))
                .append("\n\n")
                .append(text.message("notification.digest.footer", locale))
                .append('\n');
        try {
            MimeMessage message = mail.newMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(sender);
            helper.setTo(person.email() == null ? "" : person.email());
            helper.setSubject(text.message("notification.digest.subject", locale, pending.size(), today));
            helper.setText(body.toString(), false);
            helper.setSentDate(java.util.Date.from(Instant.now(clock)));
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot compose the digest", e);
        }
    }
}
