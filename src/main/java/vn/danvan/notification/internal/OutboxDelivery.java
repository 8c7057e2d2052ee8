package vn.danvan.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.UUID;

/**
 * Writes each e-mail as an {@code .eml} file into the outbox folder, for the embedded set-up that has no mail
 * server: the messages can be opened with any mail client or picked up by another system. A file appears whole or
 * not at all (written aside, then moved).
 */
class OutboxDelivery implements MailDelivery {

    private final Path outbox;
    private final Session session = Session.getInstance(new Properties());

    OutboxDelivery(Path outbox) {
        this.outbox = outbox;
    }

    @Override
    public MimeMessage newMessage() {
        return new MimeMessage(session);
    }

    @Override
    public void deliver(MimeMessage message) {
        try {
            Files.createDirectories(outbox);
            String name = System.currentTimeMillis() + "-" + UUID.randomUUID();
            Path temp = outbox.resolve(name + ".tmp");
            message.saveChanges();
            try (OutputStream out = Files.newOutputStream(temp)) {
                message.writeTo(out);
            }
            Files.move(temp, outbox.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the e-mail to the outbox " + outbox, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot write the e-mail", e);
        }
    }

    Path folder() {
        return outbox;
    }
}
