package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.dockerfiles.EditorFixes;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.app.gui.dockerfiles.document.DockerfileWorkspace;
import dev.drydock.app.gui.dockerfiles.document.DocumentLinter;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts;
import dev.drydock.app.gui.task.ManualScheduler;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.settings.RecoveryStore;
import dev.drydock.core.vuln.advice.SeverityCounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dockerfile fixes of the Vulnerabilities tab, without a toolkit: the test kit's vulnerable image (glibc
 * 2.36-9+deb12u1 in its Debian 12 base, CVE-2023-4911 fixed in 2.36-9+deb12u3) matched against the real
 * advisories, with the Dockerfile it was built from.
 */
class DockerfileFixesViewModelTest {

    static final String DOCKERFILE = "FROM debian:12.1\nCOPY app /app\n";
    static final String UPGRADED = "FROM debian:12.1\n"
            + "RUN apt-get update && apt-get install -y --no-install-recommends --only-upgrade libc6 && rm -rf /var/lib/apt/lists/*\n"
            + "COPY app /app\n";

    @TempDir
    static Path folder;

    static ScannedImage image;
    static Path database;

    @BeforeAll
    static void scanAndImport() throws Exception {
        image = VulnerableImage.scanned(folder);
        database = VulnerableImage.database(folder.resolve("vulnerabilities.db"));
    }

    private static VulnerabilitiesViewModel tab(UiTaskRunner runner) {
        return new VulnerabilitiesViewModel(runner, new VulnerabilityDatabaseService(database), () -> VulnerableImage.IMPORTED);
    }

    private static Path dockerfile(String name) throws Exception {
        return Files.writeString(Files.createDirectories(folder.resolve(name)).resolve("Dockerfile"), DOCKERFILE);
    }

    @Test
    void theLinkedDockerfileGetsTheUpgradeOfTheBaseImagesGlibcWithItsDiff() throws Exception {
        VulnerabilitiesViewModel tab = tab(UiTaskRunner.sameThread());
        DockerfileFixesViewModel fixes = tab.fixes();
        fixes.dockerfileProperty().set(dockerfile("listed"));
        tab.match(image);

        assertThat(fixes.stateProperty().get()).isEqualTo(DockerfileFixesViewModel.State.DONE);
        assertThat(fixes.headline().get()).isEqualTo("Dockerfile fixes (1)");
        assertThat(fixes.fixes()).extracting(DockerfileFixRow::title, DockerfileFixRow::safety, DockerfileFixRow::fixes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Upgrade libc6 in the final stage", "needs review",
                        "Fixes CVE-2023-4911"));
        assertThat(fixes.fixes().get(0).why()).contains("glibc 2.36-9+deb12u1 → 2.36-9+deb12u3 (libc6): CVE-2023-4911");
        assertThat(fixes.selectedProperty().get()).isEqualTo(fixes.fixes().get(0));
        assertThat(fixes.previewProperty().get().before()).isEqualTo(DOCKERFILE);
        assertThat(fixes.previewProperty().get().after()).isEqualTo(UPGRADED);
        assertThat(fixes.previewProperty().get().unifiedDiff()).contains("+RUN apt-get update");
    }

    @Test
    void theAdviceFollowsWhatTheTabShows() throws Exception {
        VulnerabilitiesViewModel tab = tab(UiTaskRunner.sameThread());
        tab.fixes().dockerfileProperty().set(dockerfile("filtered"));
        tab.match(image);

        tab.table().hideInheritedProperty().set(true);
        assertThat(tab.fixes().fixes()).isEmpty();
        assertThat(tab.fixes().note().get()).startsWith("No fix for Dockerfile");
        tab.table().hideInheritedProperty().set(false);
        assertThat(tab.fixes().fixes()).hasSize(1);
    }

    @Test
    void withoutALinkedDockerfileThereIsNoAdviceAndItSaysHowToGetSome() {
        VulnerabilitiesViewModel tab = tab(UiTaskRunner.sameThread());
        tab.match(image);

        assertThat(tab.fixes().stateProperty().get()).isEqualTo(DockerfileFixesViewModel.State.NO_DOCKERFILE);
        assertThat(tab.fixes().fixes()).isEmpty();
        assertThat(tab.fixes().note().get()).contains("Link Dockerfile…");
        assertThat(tab.fixes().applySelected()).isFalse();
    }

    @Test
    void aNewerLocalBaseWithFewerVulnerabilitiesIsOfferedAsAFromChange() throws Exception {
        VulnerabilitiesViewModel tab = tab(UiTaskRunner.sameThread());
        tab.fixes().useBaseImages((dockerfile, progress, cancel) -> Map.of("debian:12.2", new SeverityCounts(0, 0)));
        tab.fixes().dockerfileProperty().set(dockerfile("base"));
        tab.match(image);

        assertThat(tab.fixes().fixes()).extracting(DockerfileFixRow::title)
                .containsExactly("Upgrade libc6 in the final stage", "Change FROM debian:12.1 to debian:12.2");
        assertThat(tab.fixes().fixes().get(1).why()).isEqualTo("debian:12.1 → debian:12.2: critical 0 → 0, high 1 → 0");
        assertThat(tab.fixes().comparisonProperty().get()).isEqualTo("Compared with debian:12.2.");
    }

    @Test
    void offlineTheBaseImageAdviceIsSimplyAbsent() throws Exception {
        VulnerabilitiesViewModel tab = tab(UiTaskRunner.sameThread());
        tab.fixes().useBaseImages(new DaemonBaseImages(() -> {
            throw new dev.drydock.core.daemon.DaemonAccessException(dev.drydock.core.daemon.DaemonAccessException.Problem.DAEMON_DOWN,
                    "Drydock is not connected to a Docker daemon.", "");
        }, (source, progress, cancel) -> image, new VulnerabilityDatabaseService(database)));
        tab.fixes().dockerfileProperty().set(dockerfile("offline"));
        tab.match(image);

        assertThat(tab.fixes().fixes()).extracting(DockerfileFixRow::title).containsExactly("Upgrade libc6 in the final stage");
        assertThat(tab.fixes().comparisonProperty().get()).isEmpty();
        assertThat(tab.fixes().comparingProperty().get()).isFalse();
    }

    @Test
    void cancellingTheComparisonKeepsTheOtherFixes() throws Exception {
        Queue<Runnable> worker = new ArrayDeque<>();
        VulnerabilitiesViewModel tab = tab(new UiTaskRunner(worker::add, Runnable::run));
        tab.fixes().useBaseImages((dockerfile, progress, cancel) -> {
            cancel.throwIfCancelled();
            return Map.of("debian:12.2", new SeverityCounts(0, 0));
        });
        tab.fixes().dockerfileProperty().set(dockerfile("cancel"));
        tab.match(image);
        boolean cancelled = false;
        while (!worker.isEmpty()) {
            worker.poll().run();
            if (!cancelled && tab.fixes().comparingProperty().get()) {
                tab.fixes().cancelComparison(); // queued, not yet run
                cancelled = true;
            }
        }

        assertThat(cancelled).isTrue();
        assertThat(tab.fixes().comparingProperty().get()).isFalse();
        assertThat(tab.fixes().comparisonProperty().get()).isEqualTo("Base image comparison cancelled.");
        assertThat(tab.fixes().fixes()).extracting(DockerfileFixRow::title).containsExactly("Upgrade libc6 in the final stage");
    }

    @Test
    void applyOpensTheDockerfileInTheWorkbenchWithTheFixUnsaved() throws Exception {
        Path file = dockerfile("apply");
        List<UserMessage> errors = new ArrayList<>();
        DockerfileWorkspace workspace = workspace(errors);
        EditorFixes editor = new EditorFixes(workspace, prompts(errors), (document, fix) -> false);
        VulnerabilitiesViewModel tab = tab(UiTaskRunner.sameThread());
        tab.fixes().useEditor(editor::openWithFix);
        tab.fixes().dockerfileProperty().set(file);
        tab.match(image);

        assertThat(tab.fixes().applySelected()).isTrue();

        DockerfileDocument document = workspace.selected().orElseThrow();
        assertThat(document.path()).contains(file.toAbsolutePath().normalize());
        assertThat(document.text()).isEqualTo(UPGRADED);
        assertThat(document.isDirty()).isTrue();
        assertThat(Files.readString(file)).isEqualTo(DOCKERFILE);
        assertThat(errors).isEmpty();

        document.setText(DOCKERFILE + "# edited\n");
        tab.fixes().applySelected(); // made for the text on disk: it no longer fits the edited buffer
        assertThat(document.text()).isEqualTo(DOCKERFILE + "# edited\n");
        assertThat(errors).singleElement().satisfies(error -> assertThat(error.title()).startsWith("The fix no longer fits"));
    }

    private static DockerfileWorkspace workspace(List<UserMessage> errors) {
        return new DockerfileWorkspace(UiTaskRunner.sameThread(), new ManualScheduler(), WorkbenchPreferences.inMemory(),
                new RecoveryStore(folder.resolve("recovery")),
                new DocumentLinter(DockerfileLinter.standard(), Map.of(), Optional::empty), prompts(errors),
                DockerfileWorkspace.Timing.defaults(), Clock.fixed(VulnerableImage.IMPORTED, ZoneOffset.UTC));
    }

    private static DocumentPrompts prompts(List<UserMessage> errors) {
        return new DocumentPrompts() {
            @Override
            public UnsavedChanges askUnsavedChanges(DockerfileDocument document) {
                return UnsavedChanges.CANCEL;
            }

            @Override
            public ExternalChange askExternalChange(DockerfileDocument document) {
                return ExternalChange.KEEP_MINE;
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
    }
}
