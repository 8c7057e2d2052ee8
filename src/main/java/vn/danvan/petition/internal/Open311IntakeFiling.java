package vn.danvan.petition.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.PetitionChannel;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.Receipt;
import vn.danvan.shared.web.RuleViolation;

/**
 * Files Open311 requests through {@link PetitionIntake} as reflections (channel OPEN311): the subject is the start
 * of the description, the sender's name, phone and e-mail go to the encrypted identity, {@code device_id} is not
 * kept, and {@code media_url} is recorded as text in the content, never fetched. A refusal of the intake becomes a
 * 400 with the reason in English.
 */
@Component
class Open311IntakeFiling implements Open311Filing {

    static final int SUBJECT_LENGTH = 150;

    private final PetitionIntake intake;
    private final MessageSource messages;

    Open311IntakeFiling(PetitionIntake intake, MessageSource messages) {
        this.intake = intake;
        this.messages = messages;
    }

    @Override
    public Filed file(Request r) {
        String firstLine =
                r.description().strip().lines().findFirst().orElse("").strip();
        String subject =
                firstLine.length() <= SUBJECT_LENGTH ? firstLine : firstLine.substring(0, SUBJECT_LENGTH - 1) + "…";
        String content = r.mediaUrl() == null ? r.description() : r.description() + "\n\nmedia_url: " + r.mediaUrl();
        NewPetition petition = new NewPetition(
                PetitionKind.REFLECTION,
                PetitionChannel.OPEN311,
                r.service().code(),
                subject.isEmpty() ? r.service().name() : subject,
                content,
                r.commune().id(),
                r.address(),
                r.latitude(),
                r.longitude(),
                new NewPetition.Sender(r.name(), null, null, r.phone(), r.email()),
                List.of(),
                null,
                r.clientId());
        try {
            Receipt receipt = intake.receive(petition);
            String notice = receipt.dueOn() == null
                    ? null
                    : "Tiếp nhận; hạn xử lý " + receipt.dueOn().format(ReminderDigests.DAY) + " / Received; due "
                            + receipt.dueOn();
            return new Filed(receipt.trackingCode(), notice);
        } catch (RuleViolation e) {
            throw Open311Failure.badRequest(
                    messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.ENGLISH));
        }
    }
}
