package dev.drydock.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drydock.core.fix.FixNotApplicableException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Refactoring-style tests: input lines and edits, then the expected output lines. */
class FixApplierTest {

    private final FixApplier applier = new FixApplier();

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void replacesInsertsAndDeletesInOnePass() {
        String input = lines(
                "FROM debian",
                "RUN apt-get install curl",
                "MAINTAINER me");
        int install = input.indexOf("install") + "install".length();
        int maintainer = input.indexOf("MAINTAINER me");
        String output = applier.applyEdits(input, List.of(
                TextEdit.insert(install, " --no-install-recommends"),
                TextEdit.replace(maintainer, maintainer + "MAINTAINER me".length(), "LABEL maintainer=\"me\""),
                TextEdit.replace(0, 4, "FROM")));
        assertThat(output).isEqualTo(lines(
                "FROM debian",
                "RUN apt-get install --no-install-recommends curl",
                "LABEL maintainer=\"me\""));
    }

    @Test
    void editsGivenInAnyOrderGiveTheSameResult() {
        String input = lines("abcdef");
        List<TextEdit> edits = List.of(TextEdit.replace(0, 1, "A"), TextEdit.delete(2, 4), TextEdit.insert(6, "!"));
        String forwards = applier.applyEdits(input, edits);
        String backwards = applier.applyEdits(input, List.of(edits.get(2), edits.get(0), edits.get(1)));
        assertThat(forwards).isEqualTo(lines("Abef!")).isEqualTo(backwards);
    }

    @Test
    void insertsAtTheSameOffsetKeepTheirGivenOrder() {
        String input = lines("RUN make");
        String output = applier.applyEdits(input, List.of(TextEdit.insert(0, "# one\n"), TextEdit.insert(0, "# two\n")));
        assertThat(output).isEqualTo(lines("# one", "# two", "RUN make"));
    }

    @Test
    void insertWhereAReplacementStartsGoesBeforeItAndWhereItEndsAfterIt() {
        String input = lines("abc");
        String output = applier.applyEdits(input, List.of(
                TextEdit.insert(3, "]"), TextEdit.replace(0, 3, "xyz"), TextEdit.insert(0, "[")));
        assertThat(output).isEqualTo(lines("[xyz]"));
    }

    @Test
    void touchingReplacementsDoNotOverlap() {
        assertThat(applier.applyEdits("abcd", List.of(TextEdit.replace(0, 2, "X"), TextEdit.replace(2, 4, "Y"))))
                .isEqualTo("XY");
    }

    @Test
    void overlappingReplacementsAreRejected() {
        assertThatThrownBy(() -> applier.applyEdits("abcdef", List.of(TextEdit.replace(0, 3, "x"), TextEdit.replace(2, 5, "y"))))
                .isInstanceOfSatisfying(FixNotApplicableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.OVERLAPPING_EDITS))
                .hasMessageContaining("0..3").hasMessageContaining("2..5");
    }

    @Test
    void insertInsideAReplacementIsRejected() {
        assertThatThrownBy(() -> applier.applyEdits("abcdef", List.of(TextEdit.replace(1, 4, "x"), TextEdit.insert(2, "y"))))
                .isInstanceOfSatisfying(FixNotApplicableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.OVERLAPPING_EDITS));
    }

    @Test
    void editPastTheEndIsRejected() {
        assertThatThrownBy(() -> applier.applyEdits("abc", List.of(TextEdit.replace(2, 4, "x"))))
                .isInstanceOfSatisfying(FixNotApplicableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.OUT_OF_RANGE))
                .hasMessageContaining("length 3");
    }

    @Test
    void crlfTextKeepsItsLineEnds() {
        String input = "FROM debian\r\nRUN apt-get install curl\r\n";
        int run = input.indexOf("RUN");
        String output = applier.applyEdits(input, List.of(
                TextEdit.insert(run, "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\r\n"),
                TextEdit.insert(input.indexOf(" curl"), " -y")));
        assertThat(output).isEqualTo(
                "FROM debian\r\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\r\nRUN apt-get install -y curl\r\n");
    }

    @Test
    void fixForTheSameTextApplies() {
        String input = lines("ADD app.tar /app");
        Fix fix = Fix.of("Use COPY instead of ADD", Fix.Safety.SAFE, input, List.of(TextEdit.replace(0, 3, "COPY")));
        assertThat(applier.apply(input, fix)).isEqualTo(lines("COPY app.tar /app"));
    }

    @Test
    void fixForAnotherVersionOfTheTextIsRejected() {
        Fix fix = Fix.of("Use COPY instead of ADD", Fix.Safety.SAFE, lines("ADD a /a"), List.of(TextEdit.replace(0, 3, "COPY")));
        assertThatThrownBy(() -> applier.apply(lines("ADD b /b"), fix))
                .isInstanceOfSatisfying(FixNotApplicableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.STALE_DOCUMENT))
                .hasMessageContaining("Use COPY instead of ADD").hasMessageContaining("lint the file again");
    }
}
