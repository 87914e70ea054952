package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixNotApplicableException;
import dev.drydock.core.fix.TextEdit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.drydock.app.gui.findings.LineChange.CHANGED;
import static dev.drydock.app.gui.findings.LineChange.DELETED;
import static dev.drydock.app.gui.findings.LineChange.INSERTED;
import static dev.drydock.app.gui.findings.LineChange.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The preview's rows and diff for an insert, a replacement and a deletion, and for a whole new text. */
class FixPreviewTest {

    private static final String TEXT = "FROM alpine:3.20\nRUN apk add curl\nMAINTAINER me\nCMD [\"sh\"]\n";

    private static Fix fix(String title, TextEdit edit) {
        return Fix.of(title, Fix.Safety.SAFE, TEXT, List.of(edit));
    }

    @Test
    void anInsertedLineHasOnlyANewSide() {
        int cmd = TEXT.indexOf("CMD");
        FixPreview preview = FixPreview.ofFix("Dockerfile", TEXT, fix("Add USER app", TextEdit.insert(cmd, "USER app\n")));

        assertThat(preview.sideBySideRows()).containsExactly(
                new SideBySideRow(UNCHANGED, 1, "FROM alpine:3.20", 1, "FROM alpine:3.20"),
                new SideBySideRow(UNCHANGED, 2, "RUN apk add curl", 2, "RUN apk add curl"),
                new SideBySideRow(UNCHANGED, 3, "MAINTAINER me", 3, "MAINTAINER me"),
                new SideBySideRow(INSERTED, 0, "", 4, "USER app"),
                new SideBySideRow(UNCHANGED, 4, "CMD [\"sh\"]", 5, "CMD [\"sh\"]"));
        assertThat(preview.firstChangedRow()).isEqualTo(3);
        assertThat(preview.title()).isEqualTo("Add USER app");
        assertThat(preview.after()).isEqualTo(TEXT.replace("CMD", "USER app\nCMD"));
        assertThat(preview.unifiedDiff()).contains("--- a/Dockerfile", "+++ b/Dockerfile", "\n+USER app\n", "\n MAINTAINER me\n");
    }

    @Test
    void aReplacedWordChangesItsLineOnBothSides() {
        int start = TEXT.indexOf("add") + 4;
        FixPreview preview = FixPreview.ofFix("Dockerfile", TEXT,
                fix("Add --no-cache", TextEdit.insert(start, "--no-cache ")));

        assertThat(preview.sideBySideRows()).filteredOn(row -> row.change() != UNCHANGED).containsExactly(
                new SideBySideRow(CHANGED, 2, "RUN apk add curl", 2, "RUN apk add --no-cache curl"));
        assertThat(preview.sideBySideRows()).hasSize(4);
        assertThat(preview.unifiedDiff()).contains("\n-RUN apk add curl\n+RUN apk add --no-cache curl\n");
    }

    @Test
    void aDeletedLineHasOnlyAnOldSideAndLaterLinesRenumber() {
        int start = TEXT.indexOf("MAINTAINER");
        FixPreview preview = FixPreview.ofFix("Dockerfile", TEXT,
                fix("Remove MAINTAINER", TextEdit.delete(start, start + "MAINTAINER me\n".length())));

        assertThat(preview.sideBySideRows()).containsExactly(
                new SideBySideRow(UNCHANGED, 1, "FROM alpine:3.20", 1, "FROM alpine:3.20"),
                new SideBySideRow(UNCHANGED, 2, "RUN apk add curl", 2, "RUN apk add curl"),
                new SideBySideRow(DELETED, 3, "MAINTAINER me", 0, ""),
                new SideBySideRow(UNCHANGED, 4, "CMD [\"sh\"]", 3, "CMD [\"sh\"]"));
        assertThat(preview.unifiedDiff()).contains("\n-MAINTAINER me\n");
    }

    @Test
    void aBlockReplacedByMoreLinesPairsThenInserts() {
        String after = TEXT.replace("MAINTAINER me\n", "LABEL a=b\nLABEL c=d\n");
        FixPreview preview = FixPreview.ofTexts("Export hardened Dockerfile", "Dockerfile", TEXT, after);

        assertThat(preview.sideBySideRows()).extracting(SideBySideRow::change)
                .containsExactly(UNCHANGED, UNCHANGED, CHANGED, INSERTED, UNCHANGED);
        assertThat(preview.sideBySideRows().get(3)).isEqualTo(new SideBySideRow(INSERTED, 0, "", 4, "LABEL c=d"));
        assertThat(preview.sideBySideRows().get(4).newNumber()).isEqualTo(5);
    }

    @Test
    void aMissingFinalNewlineIsAChange() {
        FixPreview preview = FixPreview.ofTexts("Trim", "Dockerfile", "FROM a\n", "FROM a");

        assertThat(preview.hasChanges()).isTrue();
        assertThat(preview.sideBySideRows()).containsExactly(new SideBySideRow(CHANGED, 1, "FROM a", 1, "FROM a"));
        assertThat(preview.unifiedDiff()).contains("No newline at end of file");
    }

    @Test
    void theEnginesOwnFixPreviewsAsItApplies() {
        String text = "FROM node:latest\nMAINTAINER me\n";
        Finding maintainer = SampleFindings.lint(text).stream().filter(f -> f.ruleId().equals("DD4000")).findFirst().orElseThrow();

        FixPreview preview = FixPreview.ofFix("Dockerfile", text, maintainer.fixes().get(0));

        assertThat(preview.sideBySideRows().get(1).change()).isEqualTo(CHANGED);
        assertThat(preview.sideBySideRows().get(1).newText()).startsWith("LABEL org.opencontainers.image.authors=");
    }

    @Test
    void aFixForAnotherTextIsRefusedWithTheEnginesMessage() {
        Fix stale = Fix.of("Add USER", Fix.Safety.SAFE, "FROM other\n", List.of(TextEdit.insert(0, "USER app\n")));

        assertThatThrownBy(() -> FixPreview.ofFix("Dockerfile", TEXT, stale))
                .isInstanceOf(FixNotApplicableException.class)
                .hasMessageContaining("lint the file again");
    }

    @Test
    void equalTextsHaveNoChanges() {
        FixPreview preview = FixPreview.ofTexts("Nothing", "Dockerfile", TEXT, TEXT);

        assertThat(preview.hasChanges()).isFalse();
        assertThat(preview.firstChangedRow()).isEqualTo(-1);
        assertThat(preview.unifiedDiff()).isEmpty();
    }
}
