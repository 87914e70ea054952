package dev.drydock.core.fix;

import dev.drydock.core.fix.FixAllResult.SkippedFix;
import dev.drydock.core.fix.FixNotApplicableException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The one place that applies text edits. Edits are checked first (inside the text, no two
 * overlapping), then applied from the highest offset down so that earlier offsets stay valid.
 *
 * <p>Several inserts at the same offset end up in the order they were given: the first listed edit's
 * text comes first. An insert at the offset where a replacement starts goes before the replacement's
 * text; one at the offset where it ends goes after.
 */
public final class FixApplier {

    private static final Comparator<TextEdit> BY_POSITION =
            Comparator.comparingInt(TextEdit::startOffset).thenComparingInt(TextEdit::endOffset);

    /** Applies one fix, after checking it was made for this very text. */
    public String apply(String text, Fix fix) {
        checkVersion(text, fix);
        return applyEdits(text, fix.edits());
    }

    /**
     * The edits of {@code fix}, checked against {@code text} like {@link #apply}, in the order an editor
     * must perform them one after the other: descending offsets (inserts at one offset last-listed
     * first), so each edit's offsets are still those of the original text when it is performed.
     * Performing them in this order gives exactly what {@link #apply} returns; an editor can thus
     * apply a fix as one undoable change without applying it a second way.
     */
    public List<TextEdit> plan(String text, Fix fix) {
        checkVersion(text, fix);
        return planEdits(text, fix.edits());
    }

    /** Like {@link #plan(String, Fix)} for edits that carry no document version (e.g. commenting lines). */
    public List<TextEdit> planEdits(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(checkedInOrder(text, edits));
        Collections.reverse(ordered);
        return List.copyOf(ordered);
    }

    /** Applies edits to {@code text}; throws {@link FixNotApplicableException} when any is out of range or overlaps another. */
    public String applyEdits(String text, List<TextEdit> edits) {
        StringBuilder result = new StringBuilder(text);
        for (TextEdit edit : planEdits(text, edits)) {
            result.replace(edit.startOffset(), edit.endOffset(), edit.newText());
        }
        return result.toString();
    }

    /**
     * Applies as many of {@code fixes} as fit together, in the given order: a fix whose edits would
     * overlap a fix already taken, that is out of range, or that was made for another version of the
     * text is skipped and reported.
     */
    public FixAllResult applyAll(String text, List<Fix> fixes) {
        DocumentVersion version = DocumentVersion.of(text);
        List<TextEdit> taken = new ArrayList<>();
        List<Fix> applied = new ArrayList<>();
        List<SkippedFix> skipped = new ArrayList<>();
        for (Fix fix : fixes) {
            if (!fix.documentVersion().equals(version)) {
                skipped.add(new SkippedFix(fix, Reason.STALE_DOCUMENT, staleMessage(fix, version)));
                continue;
            }
            List<TextEdit> candidate = new ArrayList<>(taken);
            candidate.addAll(fix.edits());
            try {
                checkedInOrder(text, candidate);
            } catch (FixNotApplicableException e) {
                skipped.add(new SkippedFix(fix, e.reason(), e.getMessage()));
                continue;
            }
            taken.addAll(fix.edits());
            applied.add(fix);
        }
        return new FixAllResult(applyEdits(text, taken), applied, skipped);
    }

    private static void checkVersion(String text, Fix fix) {
        DocumentVersion actual = DocumentVersion.of(text);
        if (!fix.documentVersion().equals(actual)) {
            throw new FixNotApplicableException(Reason.STALE_DOCUMENT, staleMessage(fix, actual));
        }
    }

    private static String staleMessage(Fix fix, DocumentVersion actual) {
        return "Fix '" + fix.title() + "' was made for another version of the file (" + fix.documentVersion().shortForm()
                + ", now " + actual.shortForm() + "); lint the file again to get a fresh fix.";
    }

    private static List<TextEdit> checkedInOrder(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(BY_POSITION);
        TextEdit previous = null;
        for (TextEdit edit : ordered) {
            if (edit.endOffset() > text.length()) {
                throw new FixNotApplicableException(Reason.OUT_OF_RANGE, "An edit at " + edit.startOffset() + ".."
                        + edit.endOffset() + " reaches past the end of the text (length " + text.length() + ").");
            }
            if (previous != null && previous.overlaps(edit)) {
                throw new FixNotApplicableException(Reason.OVERLAPPING_EDITS, "Edits at " + previous.startOffset() + ".."
                        + previous.endOffset() + " and " + edit.startOffset() + ".." + edit.endOffset()
                        + " change the same text; apply them one at a time.");
            }
            previous = edit;
        }
        return ordered;
    }
}
