package vn.danvan.meeting.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation with its calendar file to each invitee who has an e-mail address: through the SMTP server
 * when {@code spring.mail.host} is set, otherwise as an {@code .eml} file in {@code danvan.mail.outbox}
 * ({@code ${DANVAN_DATA_DIR:./data}/outbox}),
 * so that nothing is lost on a machine without mail.
 */
@Component
class InvitationMailer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ObjectProvider<JavaMailSender> mail;
    private final Environment environment;
    private final MessageSource messages;
    private final String from;

    InvitationMailer(
            ObjectProvider<JavaMailSender> mail,
            Environment environment,
            MessageSource messages,
            @Value("${danvan.mail.from:no-reply@danvan.local}") String from) {
        this.mail = mail;
        this.environment = environment;
        this.messages = messages;
        this.from = address(from);
    }

    /** The bare address of "DanVan <no-reply@danvan.local>" or of a bare address. */
    static String address(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("danvan.mail.from is not an e-mail address: " + from, e);
        }
    }

    String from() {
        return from;
    }

    /** Sends one message per invitee with an address and returns how many were sent or written. */
    int send(Meeting meeting, String ics) {
        int sent = 0;
        for (Invitee invitee : meeting.invitees()) {
            if (invitee.email() == null) {
                continue;
            }
            MimeMessage message = message(meeting, invitee, ics);
            deliver(message, meeting, invitee);
            sent++;
        }
        return sent;
    }

    private MimeMessage message(Meeting meeting, Invitee invitee, String ics) {
        try {
            JavaMailSender sender = smtp();
            MimeMessage message = sender != null
                    ? sender.createMimeMessage()
                    : new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(from, meeting.organiserName(), StandardCharsets.UTF_8.name()));
            message.setRecipient(
                    MimeMessage.RecipientType.TO,
                    new InternetAddress(invitee.email(), invitee.name(), StandardCharsets.UTF_8.name()));
            message.setSubject(
                    messages.getMessage("meeting.mail.subject", new Object[] {meeting.title()}, VIETNAMESE),
                    StandardCharsets.UTF_8.name());
            String when = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(meeting.startsAt());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(
                    messages.getMessage(
                            "meeting.mail.body",
                            new Object[] {
                                invitee.name(), meeting.organiserName(), meeting.title(), when, meeting.place()
                            },
                            VIETNAMESE),
                    StandardCharsets.UTF_8.name());
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    ics.getBytes(StandardCharsets.UTF_8), "text/calendar; method=REQUEST; charset=UTF-8")));
            calendar.setFileName("invitation.ics");
            MimeMultipart body = new MimeMultipart("mixed");
            body.addBodyPart(text);
            body.addBodyPart(calendar);
            message.setContent(body);
            message.saveChanges();
            return message;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot build the invitation e-mail", e);
        }
    }

    private void deliver(MimeMessage message, Meeting meeting, Invitee invitee) {
        JavaMailSender sender = smtp();
        if (sender != null) {
            sender.send(message);
            return;
        }
        Path outbox = outbox();
        try {
            Files.createDirectories(outbox);
            Path file = outbox.resolve("meeting-" + meeting.id() + "-" + invitee.id() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot write the invitation e-mail", e);
        }
    }

    Path outbox() {
        return Path.of(environment.resolvePlaceholders("${danvan.mail.outbox:${DANVAN_DATA_DIR:./data}/outbox}"));
    }

    private @org.jspecify.annotations.Nullable JavaMailSender smtp() {
        String host = environment.getProperty("spring.mail.host", "");
        return host.isBlank() ? null : mail.getIfAvailable();
    }
}
