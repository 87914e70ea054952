package dev.drydock.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drydock.core.fix.FixNotApplicableException.Reason;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plan an editor performs edit by edit gives exactly what the applier gives in one go. */
class FixPlanTest {

    private final FixApplier applier = new FixApplier();

    /** Performs the plan the way an editor does: one edit after the other on the changing text. */
    private static String perform(String text, List<TextEdit> plan) {
        StringBuilder document = new StringBuilder(text);
        for (TextEdit edit : plan) {
            document.replace(edit.startOffset(), edit.endOffset(), edit.newText());
        }
        return document.toString();
    }

    @Test
    void editsComeInDescendingOffsets() {
        String text = "FROM node:latest\nEXPOSE 80\n";
        Fix fix = Fix.of("Pin and drop", Fix.Safety.SAFE, text, List.of(
                TextEdit.replace(10, 16, "20"), TextEdit.delete(17, 27), TextEdit.insert(0, "# pinned\n")));

        List<TextEdit> plan = applier.plan(text, fix);

        assertThat(plan).containsExactly(TextEdit.delete(17, 27), TextEdit.replace(10, 16, "20"),
                TextEdit.insert(0, "# pinned\n"));
        assertThat(perform(text, plan)).isEqualTo(applier.apply(text, fix)).isEqualTo("# pinned\nFROM node:20\n");
    }

    @Test
    void insertsAtOneOffsetKeepTheirGivenOrderInTheResult() {
        String text = "RUN x\n";
        Fix fix = Fix.of("Two inserts", Fix.Safety.SAFE, text, List.of(TextEdit.insert(4, "a "), TextEdit.insert(4, "b ")));

        assertThat(perform(text, applier.plan(text, fix))).isEqualTo("RUN a b x\n").isEqualTo(applier.apply(text, fix));
    }

    @Test
    void aStaleFixIsRefused() {
        Fix fix = Fix.of("Old", Fix.Safety.SAFE, "FROM a\n", List.of(TextEdit.insert(0, "x")));

        assertThatThrownBy(() -> applier.plan("FROM b\n", fix))
                .isInstanceOfSatisfying(FixNotApplicableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STALE_DOCUMENT));
    }

    @Test
    void overlappingEditsAreRefused() {
        String text = "abcdef";
        Fix fix = Fix.of("Overlap", Fix.Safety.SAFE, text, List.of(TextEdit.replace(0, 3, "x"), TextEdit.replace(2, 4, "y")));

        assertThatThrownBy(() -> applier.plan(text, fix))
                .isInstanceOfSatisfying(FixNotApplicableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OVERLAPPING_EDITS));
    }

    @Test
    void randomNonOverlappingEditsPerformedInPlanOrderMatchTheApplier() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            String text = "0123456789abcdefghij".substring(0, 5 + random.nextInt(15));
            List<TextEdit> edits = new java.util.ArrayList<>();
            int at = 0;
            while (at <= text.length() && edits.size() < 4) {
                int start = at + random.nextInt(3);
                if (start > text.length()) {
                    break;
                }
                int end = Math.min(text.length(), start + random.nextInt(3));
                edits.add(new TextEdit(start, end, "<" + round + ">"));
                at = end + 1;
            }
            java.util.Collections.shuffle(edits, random);
            List<TextEdit> plan = applier.planEdits(text, edits);
            assertThat(perform(text, plan)).as("round %d: %s", round, edits).isEqualTo(applier.applyEdits(text, edits));
        }
    }
}
