package dev.drydock.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The applier against a reference that builds the result front to back from edits generated in
 * position order: for many seeded random texts and edit sets, in shuffled order, both agree; adding
 * an edit inside another's range is always rejected.
 */
class FixApplierRandomTest {

    private final FixApplier applier = new FixApplier();

    @Test
    void agreesWithFrontToBackReferenceForShuffledEdits() {
        Random random = new Random(20240501L);
        for (int round = 0; round < 2_000; round++) {
            String text = randomText(random, random.nextInt(40));
            List<TextEdit> ordered = nonOverlappingEdits(random, text.length());
            String expected = reference(text, ordered);
            List<TextEdit> shuffled = new ArrayList<>(ordered);
            Collections.shuffle(shuffled, random);
            keepInsertOrderAtSameOffset(ordered, shuffled);
            assertThat(applier.applyEdits(text, shuffled)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void anEditInsideAReplacedRangeIsAlwaysRejected() {
        Random random = new Random(7L);
        for (int round = 0; round < 500; round++) {
            String text = randomText(random, 10 + random.nextInt(30));
            int start = random.nextInt(text.length() - 2);
            int end = start + 2 + random.nextInt(text.length() - start - 1);
            int inside = start + 1 + random.nextInt(end - start - 1);
            TextEdit outer = TextEdit.replace(start, end, "x");
            TextEdit inner = random.nextBoolean() ? TextEdit.insert(inside, "y") : TextEdit.replace(inside, end, "y");
            assertThatThrownBy(() -> applier.applyEdits(text, List.of(inner, outer)))
                    .as("round %d", round).isInstanceOf(FixNotApplicableException.class);
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        String alphabet = "abc \n\r\\\"'é🐳";
        while (text.length() < length) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length() - 2)));
        }
        return text.toString();
    }

    /** Edits in position order: each starts at or after the previous one's end. */
    private static List<TextEdit> nonOverlappingEdits(Random random, int length) {
        List<TextEdit> edits = new ArrayList<>();
        int position = 0;
        while (position <= length && random.nextInt(4) != 0) {
            int start = position + random.nextInt(length - position + 1);
            int end = random.nextInt(3) == 0 ? start : start + random.nextInt(length - start + 1);
            edits.add(TextEdit.replace(start, end, "<" + edits.size() + ">"));
            position = end;
        }
        return edits;
    }

    private static String reference(String text, List<TextEdit> ordered) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (TextEdit edit : ordered) {
            out.append(text, copied, edit.startOffset()).append(edit.newText());
            copied = edit.endOffset();
        }
        return out.append(text.substring(copied)).toString();
    }

    /** Same-offset edits keep their relative order (the documented tie rule), whatever the shuffle did. */
    private static void keepInsertOrderAtSameOffset(List<TextEdit> ordered, List<TextEdit> shuffled) {
        for (int i = 0; i < shuffled.size(); i++) {
            for (int j = i + 1; j < shuffled.size(); j++) {
                TextEdit a = shuffled.get(i);
                TextEdit b = shuffled.get(j);
                if (a.startOffset() == b.startOffset() && ordered.indexOf(a) > ordered.indexOf(b)) {
                    shuffled.set(i, b);
                    shuffled.set(j, a);
                }
            }
        }
    }
}
