package vn.danvan.petition;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A petition as received.
 *
 * @param kind reflection, complaint (first or second time) or denunciation
 * @param channel how it arrived
 * @param categoryCode a {@code pt_category.code}, or {@code null} when not chosen
 * @param subject at most 300 characters
 * @param content at most 10,000 characters; HTML is kept as text and always escaped on output
 * @param unitId the current commune concerned (an {@code admin_unit} id such as {@code "11953"})
 * @param locationText where, in words (optional)
 * @param latitude optional, WGS 84
 * @param longitude optional, WGS 84
 * @param sender who sent it; anonymous when it has no name
 * @param files up to 5 files of at most 10 MB each, JPEG, PNG or PDF (type detected from the bytes)
 * @param externalRef a reference in the sending system (Open311 token, number of a transferred letter)
 * @param apiClientId the Open311 client that sent it, if any
 */
public record NewPetition(
        PetitionKind kind,
        PetitionChannel channel,
        @Nullable String categoryCode,
        String subject,
        String content,
        String unitId,
        @Nullable String locationText,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        Sender sender,
        List<Upload> files,
        @Nullable String externalRef,
        @Nullable UUID apiClientId) {

    public NewPetition {
        files = List.copyOf(files);
    }

    /** The sender; every part optional. Without a name the petition is anonymous. */
    public record Sender(
            @Nullable String name,
            @Nullable String idNumber,
            @Nullable String address,
            @Nullable String phone,
            @Nullable String email) {

        /** Nobody named. */
        public static Sender anonymous() {
            return new Sender(null, null, null, null, null);
        }

        public boolean isAnonymous() {
            return name == null || name.isBlank();
        }

        @Override
        public String toString() {
            return "Sender[…]";
        }
    }

    /** A file sent with the petition; its type is detected from the bytes, the claimed one is only a hint. */
    public record Upload(String name, @Nullable String contentType, byte[] bytes) {

        @Override
        public String toString() {
            return "Upload[" + name + ", " + bytes.length + " bytes]";
        }
    }
}
