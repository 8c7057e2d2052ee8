package vn.danvan.petition.internal;

import org.jspecify.annotations.Nullable;
import vn.danvan.petition.PetitionChannel;
import vn.danvan.petition.PetitionKind;

/** The staff intake form: a letter, a walk-in reception, a phone call or a transfer from another body. */
record CaseIntakeForm(
        @Nullable PetitionKind kind,
        @Nullable PetitionChannel channel,
        @Nullable String category,
        @Nullable String subject,
        @Nullable String content,
        @Nullable String unit,
        @Nullable String locationText,
        @Nullable String name,
        @Nullable String idNumber,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String externalRef) {

    static CaseIntakeForm empty() {
        return new CaseIntakeForm(
                null, PetitionChannel.LETTER, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "CaseIntakeForm[" + kind + ", " + channel + "]";
    }
}
