package vn.danvan.notification.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notice in a language. The message key belongs to the module that sent the notice; all bundles are in
 * the one {@link MessageSource}, so any module's key renders here. An unknown key shows as itself rather than
 * failing the page or the digest.
 */
@Component
class NoticeText {

    private final MessageSource messages;

    NoticeText(MessageSource messages) {
        this.messages = messages;
    }

    String render(StoredNotice notice, Locale locale) {
        return messages.getMessage(notice.messageKey(), notice.args().toArray(), notice.messageKey(), locale);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    NoticeView view(StoredNotice notice, Locale locale) {
        return new NoticeView(
                notice.id(),
                notice.category(),
                render(notice, locale),
                notice.link(),
                notice.createdAt(),
                notice.isRead());
    }
}
