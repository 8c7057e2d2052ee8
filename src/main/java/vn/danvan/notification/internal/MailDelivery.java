package vn.danvan.notification.internal;

import jakarta.mail.internet.MimeMessage;

/** Hands an e-mail over: to the mail server when one is configured, else to the outbox folder. */
interface MailDelivery {

    MimeMessage newMessage();

    /** Throws when the message could not be handed over, so the caller keeps it pending. */
    void deliver(MimeMessage message);
}
