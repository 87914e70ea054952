package dev.drydock.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Golden files: golden/sample.tty.txt, golden/sample.tty-colour.txt (regenerate as described in {@link GoldenFiles}). */
class TtyReportTest {

    @Test
    void plainMatchesGoldenFile() {
        GoldenFiles.assertMatches("sample.tty.txt", new TtyReport(false).render(ReportSamples.sample()));
    }

    @Test
    void colourMatchesGoldenFile() {
        GoldenFiles.assertMatches("sample.tty-colour.txt", new TtyReport(true).render(ReportSamples.sample()));
    }

    @Test
    void plainOutputHasNoEscapeCharacterEvenFromHostileText() {
        assertThat(new TtyReport(false).render(ReportSamples.sample())).doesNotContain("\u001b").contains("\\u001b[31mred");
    }

    @Test
    void bidirectionalControlsAreShownNotObeyed() {
        assertThat(TerminalText.clean("if admin \u202e }{ \u2066x")).isEqualTo("if admin \\u202e }{ \\u2066x");
        assertThat(TerminalText.clean("plain\ttext")).isEqualTo("plain\ttext");
    }

    @Test
    void cleanRunSaysSo() {
        assertThat(new TtyReport(false).render(ReportSamples.empty())).isEqualTo("No findings in 1 file.\n");
    }

    @Test
    void formatsAreChosenByName() {
        assertThat(ReportFormat.parse("SARIF")).contains(ReportFormat.SARIF);
        assertThat(ReportFormat.parse("xml")).isEmpty();
        assertThat(ReportFormat.ids()).isEqualTo("tty|json|sarif|checkstyle|gitlab|junit");
        assertThat(ReportFormat.GITLAB.exporter(false)).isInstanceOf(GitlabCodeQualityReport.class);
    }
}
