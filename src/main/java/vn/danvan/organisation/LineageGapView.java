package vn.danvan.organisation;

import java.util.List;

/**
 * A piece of the published "formed from" text of a current unit that the import could not tie to exactly one
 * old unit. Nothing is guessed: an administrator resolves these.
 *
 * @param successorId the current unit whose text it is
 * @param successorName that unit's full name
 * @param fragment the piece of text, as published
 * @param candidateIds the old units it could mean ({@link Reason#AMBIGUOUS}); empty for {@link Reason#NOT_FOUND}
 */
public record LineageGapView(
        long id, String successorId, String successorName, String fragment, Reason reason, List<String> candidateIds) {

    public enum Reason {
        /** No old unit of that kind and name in the provinces that merged. */
        NOT_FOUND,
        /** Several old units fit and nothing in the text tells them apart. */
        AMBIGUOUS
    }
}
