package dev.drydock.core.edit;

import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.fix.TextEdit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Toggling comments: input lines, then the expected lines. */
class LineCommentsTest {

    private static String toggle(String text, int from, int to) {
        return new FixApplier().applyEdits(text, LineComments.toggle(text, from, to));
    }

    @Test
    void commentsEachNonBlankLineAtTheSmallestIndentation() {
        String text = "RUN a \\\n    && b \\\n\n  && c\n";

        assertThat(toggle(text, 1, 4)).isEqualTo("# RUN a \\\n#     && b \\\n\n#   && c\n");
    }

    @Test
    void uncommentsWhenEveryNonBlankLineIsAComment() {
        assertThat(toggle("# RUN a\n\n  #RUN b\n", 1, 3)).isEqualTo("RUN a\n\n  RUN b\n");
    }

    @Test
    void aMixOfCommentsAndCodeIsCommented() {
        assertThat(toggle("# note\nRUN a\n", 1, 2)).isEqualTo("# # note\n# RUN a\n");
    }

    @Test
    void toggleTwiceGivesBackTheExactText() {
        String text = "FROM a\r\n\tRUN b\r\n  # c\r\nEXPOSE 80";

        assertThat(toggle(toggle(text, 1, 4), 1, 4)).isEqualTo(text);
        assertThat(toggle(text, 2, 2)).isEqualTo("FROM a\r\n\t# RUN b\r\n  # c\r\nEXPOSE 80");
    }

    @Test
    void linesAreClampedAndBlankRangesGiveNoEdits() {
        assertThat(LineComments.toggle("\n   \n", 1, 3)).isEmpty();
        assertThat(LineComments.toggle("RUN a\n", 0, 99)).containsExactly(TextEdit.insert(0, "# "));
        assertThat(LineComments.toggle("RUN a\nRUN b\n", 2, 1)).isEqualTo(List.of(TextEdit.insert(0, "# "),
                TextEdit.insert(6, "# ")));
    }
}
