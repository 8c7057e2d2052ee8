package vn.danvan.petition.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.petition.PetitionChannel;
import vn.danvan.petition.PetitionKind;

/** A case of the register as staff and the tracking page see it (never with the sender's identity). */
record CaseRecord(
        UUID id,
        String trackingCode,
        PetitionKind kind,
        PetitionChannel channel,
        @Nullable UUID categoryId,
        @Nullable String categoryName,
        String subject,
        String content,
        @Nullable String locationText,
        String unitId,
        String unitName,
        String path,
        @Nullable UUID handlingOrgId,
        @Nullable String handlingOrgName,
        @Nullable String handlingPath,
        CaseStep status,
        @Nullable String admissibility,
        boolean complex,
        boolean remoteArea,
        int extensionCount,
        boolean confidential,
        Instant receivedAt,
        LocalDate receivedOn,
        @Nullable LocalDate stepDueOn,
        @Nullable LocalDate resolutionDueOn,
        @Nullable String publicAnswer,
        @Nullable LocalDate answeredOn,
        @Nullable LocalDate closedOn,
        @Nullable Integer rating,
        @Nullable String ratingComment,
        @Nullable LocalDate reopenRequestedOn,
        @Nullable UUID mergedInto,
        @Nullable String externalRef,
        boolean demo,
        int version) {

    public boolean isOverdue(LocalDate today) {
        return !status.isEnd() && stepDueOn != null && stepDueOn.isBefore(today);
    }

    public boolean isOpen() {
        return !status.isEnd() && mergedInto == null;
    }

    public boolean isComplaint() {
        return kind == PetitionKind.COMPLAINT || kind == PetitionKind.COMPLAINT_SECOND;
    }
}
