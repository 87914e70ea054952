package dev.drydock.app.gui.export;

import dev.drydock.app.gui.RecordingPrompts;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.RepeatedFixes;
import dev.drydock.core.samples.SampleDockerfile;
import dev.drydock.core.samples.SampleDockerfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The export flow on the classic anti-pattern sample, without a toolkit: harden, review, write. */
class HardenedExportViewModelTest {

    private static final SampleDockerfile CLASSIC = SampleDockerfiles.byId("classic-anti-patterns").orElseThrow();
    private static final DockerfileLinter LINTER = DockerfileLinter.standard();

    @TempDir
    Path dir;

    private final RecordingPrompts prompts = new RecordingPrompts();
    private final List<FixConfirmer.FixToConfirm> asked = new ArrayList<>();
    private Set<String> accepted = Set.of();
    private Optional<Path> chosen = Optional.empty();

    private HardenedExportViewModel model() {
        FixConfirmer confirmer = fix -> {
            asked.add(fix);
            return accepted.contains(fix.finding().ruleId());
        };
        return new HardenedExportViewModel(new HardenedExportViewModel.Services(UiTaskRunner.sameThread(), LINTER,
                LintConfig.defaults(), confirmer, suggested -> chosen, prompts, () -> LocalDate.of(2025, 3, 14)),
                "Dockerfile", CLASSIC.text());
    }

    @Test
    void safeFixesAloneLeaveNoFindingWithASafeFixAndTheReportListsEachChange() {
        HardenedExportViewModel model = model();

        model.prepare();

        HardenedDockerfile result = model.resultProperty().get();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(asked).isEmpty();
        assertThat(result.changed()).isTrue();
        List<Finding> left = LINTER.lint("Dockerfile", result.hardened(), LintConfig.defaults()).findings();
        assertThat(left).filteredOn(f -> f.preferredFix(false).isPresent()).isEmpty();
        assertThat(result.outcome().applied()).extracting(applied -> applied.finding().ruleId())
                .contains("DD3020", "DD3025", "DD3009", "DD3015");
        assertThat(result.outcome().applied()).allSatisfy(applied ->
                assertThat(result.report()).contains(applied.finding().ruleId()).contains(markdown(applied.fix().title())));
        assertThat(result.changes()).hasSameSizeAs(result.outcome().applied());
        assertThat(result.diff()).startsWith("--- a/Dockerfile\n+++ b/Dockerfile\n").contains("+COPY . /app");
        assertThat(result.report()).contains("Hardened by Drydock on 2025-03-14");
    }

    @Test
    void fixesThatNeedReviewAreConfirmedOneByOneAndDeclinedOnesStayOut() {
        accepted = Set.of("DD3007", "DD4006");
        HardenedExportViewModel model = model();
        model.includeNeedsReviewProperty().set(true);

        model.prepare();

        HardenedDockerfile result = model.resultProperty().get();
        assertThat(asked).extracting(fix -> fix.finding().ruleId()).contains("DD3007", "DD4006", "DD5005", "DD5001");
        assertThat(asked).allSatisfy(fix -> assertThat(fix.diff()).startsWith("--- a/Dockerfile").contains("\n+"));
        assertThat(result.outcome().applied()).extracting(applied -> applied.finding().ruleId()).contains("DD3007", "DD4006")
                .doesNotContain("DD5005", "DD5001");
        assertThat(result.hardened()).doesNotContain("node:latest").contains("| bash").doesNotContain("USER");
        assertThat(result.outcome().remaining().findingsOf("DD5005")).hasSize(1);
        assertThat(result.outcome().declined()).extracting(declined -> declined.finding().ruleId()).contains("DD5005", "DD5001");
        assertThat(result.report()).contains("## Fixes that need review, declined").contains("needs review (confirmed)");
    }

    @Test
    void exportWritesTheHardenedFileAndTheReportBesideIt() throws Exception {
        HardenedExportViewModel model = model();
        model.prepare();
        Path target = dir.resolve("Dockerfile");
        chosen = Optional.of(target);

        model.export();

        HardenedDockerfile result = model.resultProperty().get();
        Path report = dir.resolve("Dockerfile.changes.md");
        assertThat(model.writtenProperty().get()).containsExactly(target, report);
        assertThat(Files.readString(target)).isEqualTo(result.hardened());
        assertThat(Files.readString(report)).isEqualTo(result.report());
        assertThat(prompts.asked).isEmpty();
        assertThat(model.problemProperty().get()).isNull();
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").hasSize(2);
        }
    }

    @Test
    void withoutTheReportOptionOnlyTheDockerfileIsWritten() throws Exception {
        HardenedExportViewModel model = model();
        model.writeReportProperty().set(false);
        model.prepare();
        chosen = Optional.of(dir.resolve("hardened.Dockerfile"));

        model.export();

        assertThat(model.writtenProperty().get()).containsExactly(dir.resolve("hardened.Dockerfile"));
        assertThat(dir.resolve("hardened.Dockerfile.changes.md")).doesNotExist();
    }

    @Test
    void anExistingFileIsOnlyReplacedWhenTheUserAgrees() throws Exception {
        Path target = Files.writeString(dir.resolve("Dockerfile"), "FROM mine\n");
        chosen = Optional.of(target);
        HardenedExportViewModel model = model();
        model.prepare();

        prompts.answering(false);
        model.export();
        assertThat(Files.readString(target)).isEqualTo("FROM mine\n");
        assertThat(model.writtenProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(prompts.asked).singleElement().satisfies(question -> assertThat(question.question()).contains("Dockerfile exists already"));

        prompts.answering(true);
        model.export();
        assertThat(Files.readString(target)).isEqualTo(model.resultProperty().get().hardened());
    }

    @Test
    void cancellingTheFileChoiceWritesNothing() throws Exception {
        HardenedExportViewModel model = model();
        model.prepare();

        model.export();

        assertThat(model.writtenProperty().get()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFolderThatIsGoneIsExplainedNotThrown() {
        HardenedExportViewModel model = model();
        model.prepare();
        chosen = Optional.of(dir.resolve("gone").resolve("Dockerfile"));

        model.export();

        assertThat(model.problemProperty().get()).isNotNull();
        assertThat(model.problemProperty().get().message()).contains("the folder does not exist");
        assertThat(model.problemProperty().get().advice()).contains("Choose another folder");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theReportGoesBesideTheFileWithTheSuffix() {
        assertThat(HardenedExportViewModel.reportPathFor(Path.of("/x/Dockerfile"))).isEqualTo(Path.of("/x/Dockerfile.changes.md"));
        assertThat(Hardening.describe(new RepeatedFixes.AppliedFix(
                LINTER.lint("Dockerfile", "FROM a:1\nRUN apt-get install -y curl=1\n", LintConfig.defaults()).findingsOf("DD3015").get(0),
                LINTER.lint("Dockerfile", "FROM a:1\nRUN apt-get install -y curl=1\n", LintConfig.defaults()).findingsOf("DD3015").get(0).fixes().get(0))))
                .isEqualTo("Line 2 · DD3015: Add --no-install-recommends");
    }

    /** A title as the Markdown report writes it, special characters escaped. */
    private static String markdown(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#~])", "\\\\$1");
    }
}
