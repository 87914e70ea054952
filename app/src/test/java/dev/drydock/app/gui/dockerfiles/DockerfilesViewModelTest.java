package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.app.gui.dockerfiles.document.DockerfileWorkspace;
import dev.drydock.app.gui.dockerfiles.document.DocumentLinter;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts;
import dev.drydock.app.gui.editor.SuppressScope;
import dev.drydock.app.gui.findings.FindingRow;
import dev.drydock.app.gui.task.ManualScheduler;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LintResult;
import dev.drydock.core.lint.RepeatedFixes;
import dev.drydock.core.samples.SampleDockerfile;
import dev.drydock.core.samples.SampleDockerfiles;
import dev.drydock.core.settings.RecoveryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dockerfiles page's decisions, without a toolkit: an inline runner, a manual clock, the real engine. */
class DockerfilesViewModelTest {

    private static final SampleDockerfile CLASSIC = SampleDockerfiles.byId("classic-anti-patterns").orElseThrow();

    @TempDir
    Path dir;

    private final List<UserMessage> errors = new ArrayList<>();
    private final DockerfileLinter rules = DockerfileLinter.standard();
    private DockerfilesViewModel model;

    @BeforeEach
    void setUp() {
        DocumentPrompts prompts = new DocumentPrompts() {
            @Override
            public UnsavedChanges askUnsavedChanges(DockerfileDocument document) {
                throw new AssertionError("not asked in these tests");
            }

            @Override
            public ExternalChange askExternalChange(DockerfileDocument document) {
                throw new AssertionError("not asked in these tests");
            }

            @Override
            public Optional<Path> chooseSaveLocation(DockerfileDocument document) {
                return Optional.empty();
            }

            @Override
            public void showError(UserMessage message) {
                errors.add(message);
            }
        };
        UiTaskRunner runner = UiTaskRunner.sameThread();
        DocumentLinter linter = new DocumentLinter(rules, Map.of(), Optional::empty);
        DockerfileWorkspace workspace = new DockerfileWorkspace(runner, new ManualScheduler(), WorkbenchPreferences.inMemory(),
                new RecoveryStore(dir.resolve("recovery")), linter, prompts, DockerfileWorkspace.Timing.defaults(), Clock.systemUTC());
        model = new DockerfilesViewModel(workspace, linter, runner, prompts, rules);
    }

    private static Fix now(java.util.concurrent.CompletionStage<Optional<Fix>> stage) {
        return stage.toCompletableFuture().getNow(null).orElseThrow();
    }

    private Finding findingOf(String ruleId) {
        return model.findings().allRows().stream().map(FindingRow::finding)
                .filter(finding -> finding.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void aSampleOpensAsAnUntitledSelectedBufferWithTheSampleText() {
        DockerfileDocument document = model.openSample(CLASSIC);

        assertThat(document.path()).isEmpty();
        assertThat(document.text()).isEqualTo(CLASSIC.text());
        assertThat(document.displayNameProperty().get()).isEqualTo(CLASSIC.fileName());
        assertThat(model.workspace().selected()).contains(document);
        assertThat(ruleIds()).as("its findings are shown at once").containsAll(CLASSIC.demonstrates());
        assertThat(model.samples()).contains(CLASSIC);
        assertThat(document.isDirty()).as("untouched, so closing it asks nothing").isFalse();
        document.setText(CLASSIC.text() + "USER 10001\n");
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void fixAllSafeIsOneFixWhoseResultIsWhatRepeatedFixesMakes() {
        DockerfileDocument document = model.openSample(CLASSIC);

        Fix all = now(model.fixAllSafe(document));

        String expected = RepeatedFixes.fix(rules, CLASSIC.fileName(), CLASSIC.text(), LintConfig.defaults(), false).fixed();
        assertThat(all.edits()).hasSize(1);
        assertThat(all.safety()).isEqualTo(Fix.Safety.SAFE);
        assertThat(new FixApplier().apply(CLASSIC.text(), all)).isEqualTo(expected).isNotEqualTo(CLASSIC.text());
        assertThat(errors).isEmpty();
    }

    @Test
    void fixAllSafeOffersNothingWhenNoFindingHasASafeFix() {
        DockerfileDocument document = model.workspace().newDocument("FROM scratch\n", "Dockerfile");
        assertThat(model.fixAllSafe(document).toCompletableFuture().getNow(null)).isEmpty();
    }

    @Test
    void aLineSuppressionMakesTheFindingSuppressedWithTheJustificationAbove() {
        DockerfileDocument document = model.openSample(CLASSIC);
        Finding add = findingOf("DD3020");

        Fix suppress = model.suppression(document, add, SuppressScope.LINE, "the context is filtered by .dockerignore").orElseThrow();

        String suppressed = new FixApplier().apply(document.text(), suppress);
        LintResult result = rules.lint("Dockerfile", suppressed, LintConfig.defaults());
        assertThat(result.findingsOf("DD3020")).isEmpty();
        assertThat(result.suppressed()).anySatisfy(kept -> assertThat(kept.finding().ruleId()).isEqualTo("DD3020"));
        assertThat(suppressed).contains("the context is filtered by .dockerignore");
    }

    @Test
    void aFileSuppressionSilencesTheRuleEverywhere() {
        DockerfileDocument document = model.openSample(CLASSIC);
        Finding pin = findingOf("DD3008");

        Fix suppress = model.suppression(document, pin, SuppressScope.FILE, "pinned by the base image").orElseThrow();

        LintResult result = rules.lint("Dockerfile", new FixApplier().apply(document.text(), suppress), LintConfig.defaults());
        assertThat(result.findingsOf("DD3008")).isEmpty();
        assertThat(result.suppressed()).filteredOn(kept -> kept.finding().ruleId().equals("DD3008")).hasSize(2);
    }

    @Test
    void suppressingASuppressedFindingAgainIsRefusedWithAReason() {
        DockerfileDocument document = model.openSample(CLASSIC);
        document.setText(new FixApplier().apply(document.text(),
                model.suppression(document, findingOf("DD3020"), SuppressScope.LINE, "reviewed").orElseThrow()));
        Finding suppressed = rules.lint("Dockerfile", document.text(), LintConfig.defaults()).suppressed().stream()
                .map(kept -> kept.finding()).filter(finding -> finding.ruleId().equals("DD3020")).findFirst().orElseThrow();

        assertThat(model.suppression(document, suppressed, SuppressScope.LINE, "")).as("nothing to add").isEmpty();
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Cannot suppress DD3020");
            assertThat(error.message()).contains("already suppressed");
        });
    }

    @Test
    void theFindingsFollowTheSelectedDocument() {
        DockerfileDocument classic = model.openSample(CLASSIC);
        DockerfileDocument plain = model.workspace().newDocument("FROM node:latest\nRUN apt install curl\n", "Dockerfile");
        assertThat(ruleIds()).contains("DD3027").doesNotContain("DD3020");

        model.workspace().select(classic);
        assertThat(ruleIds()).contains("DD3020").doesNotContain("DD3027");

        model.workspace().select(plain);
        plain.setText("FROM scratch\n");
        model.workspace().lintNow(plain);
        assertThat(ruleIds()).doesNotContain("DD3027", "DD3020");
    }

    @Test
    void explainSelectsTheFindingsRowAndShowsItsRule() {
        model.openSample(CLASSIC);
        Finding add = findingOf("DD3020");

        model.explain(add);

        assertThat(model.findings().selectedFindingProperty().get()).isEqualTo(add);
        assertThat(model.explanation().explanationProperty().get().ruleId()).isEqualTo("DD3020");
    }

    private List<String> ruleIds() {
        return model.findings().allRows().stream().map(FindingRow::id).toList();
    }
}
