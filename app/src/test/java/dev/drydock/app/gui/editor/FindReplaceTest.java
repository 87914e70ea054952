package dev.drydock.app.gui.editor;

import dev.drydock.core.fix.FixApplier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindReplaceTest {

    private static final String TEXT = "RUN apt-get update\nrun APT-GET install\n";

    @Test
    void nextAndPreviousWrapAround() {
        assertThat(FindReplace.next(TEXT, "apt-get", 5, false)).hasValue(23);
        assertThat(FindReplace.next(TEXT, "apt-get", 24, false)).hasValue(4);
        assertThat(FindReplace.previous(TEXT, "apt-get", 23, false)).hasValue(4);
        assertThat(FindReplace.previous(TEXT, "apt-get", 4, false)).hasValue(23);
    }

    @Test
    void matchCaseSkipsOtherCases() {
        assertThat(FindReplace.next(TEXT, "apt-get", 5, true)).hasValue(4);
        assertThat(FindReplace.next(TEXT, "nothing", 0, false)).isEmpty();
        assertThat(FindReplace.next(TEXT, "", 0, false)).isEmpty();
    }

    @Test
    void replaceAllGivesOneEditPerMatch() {
        String replaced = new FixApplier().applyEdits(TEXT, FindReplace.replaceAll(TEXT, "apt-get", "apt", false));

        assertThat(replaced).isEqualTo("RUN apt update\nrun apt install\n");
        assertThat(FindReplace.replaceAll("aaaa", "aa", "b", true)).hasSize(2);
    }
}
