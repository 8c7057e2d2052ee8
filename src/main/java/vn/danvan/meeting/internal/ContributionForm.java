package vn.danvan.meeting.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The secretary's note of one contribution: the speaker, the agenda item (1-based, empty for none), the problems
 * raised, and up to three proposals (to whom, what). A proposal needs both its addressee and its content.
 */
record ContributionForm(
        @Size(max = 200, message = "{meeting.validation.nameLength}") @Nullable
        String speakerName,

        @NotBlank(message = "{meeting.validation.speakerPosition}")
        @Size(max = 300, message = "{meeting.validation.positionLength}")
        @Nullable
        String speakerPosition,

        @Size(max = 300, message = "{meeting.validation.nameLength}") @Nullable
        String speakerOrg,

        @Nullable Integer agendaItem,

        @Size(max = 8000, message = "{meeting.validation.textLength}") @Nullable
        String problems,

        @Size(max = 300, message = "{meeting.validation.nameLength}") @Nullable
        String addressee1,

        @Size(max = 4000, message = "{meeting.validation.textLength}") @Nullable
        String proposal1,

        @Size(max = 300, message = "{meeting.validation.nameLength}") @Nullable
        String addressee2,

        @Size(max = 4000, message = "{meeting.validation.textLength}") @Nullable
        String proposal2,

        @Size(max = 300, message = "{meeting.validation.nameLength}") @Nullable
        String addressee3,

        @Size(max = 4000, message = "{meeting.validation.textLength}") @Nullable
        String proposal3) {

    static ContributionForm empty() {
        return new ContributionForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The proposals filled in; one with content but no addressee (or the reverse) is refused. */
    List<Meeting.ProposalDraft> drafts() {
        List<Meeting.ProposalDraft> drafts = new ArrayList<>();
        add(drafts, addressee1, proposal1);
        add(drafts, addressee2, proposal2);
        add(drafts, addressee3, proposal3);
        return drafts;
    }

    private static void add(List<Meeting.ProposalDraft> drafts, @Nullable String addressee, @Nullable String content) {
        boolean hasAddressee = addressee != null && !addressee.isBlank();
        boolean hasContent = content != null && !content.isBlank();
        if (hasAddressee != hasContent) {
            throw new MeetingRuleViolation("meeting.error.proposalIncomplete");
        }
        if (hasContent) {
            drafts.add(new Meeting.ProposalDraft(addressee, content));
        }
    }
}
