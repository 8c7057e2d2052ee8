package vn.danvan.notification.internal;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the mail server configured with {@code spring.mail.host}. */
class SmtpDelivery implements MailDelivery {

    private final JavaMailSender sender;

    SmtpDelivery(JavaMailSender sender) {
        this.sender = sender;
    }

    @Override
    public MimeMessage newMessage() {
        return sender.createMimeMessage();
    }

    @Override
    public void deliver(MimeMessage message) {
        sender.send(message);
    }
}
