package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.task.ManualScheduler;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.settings.RecoveryStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** A workspace with everything a test controls: inline runner, manual clock, scripted prompts. */
final class WorkspaceFixture {

    final ManualScheduler scheduler = new ManualScheduler();
    final ScriptedPrompts prompts = new ScriptedPrompts();
    final WorkbenchPreferences preferences;
    final RecoveryStore recovery;
    final DockerfileWorkspace workspace;

    WorkspaceFixture(Path recoveryFolder) {
        this(recoveryFolder, WorkbenchPreferences.inMemory());
    }

    WorkspaceFixture(Path recoveryFolder, WorkbenchPreferences preferences) {
        this.preferences = preferences;
        this.recovery = new RecoveryStore(recoveryFolder);
        this.workspace = new DockerfileWorkspace(UiTaskRunner.sameThread(), scheduler, preferences, recovery,
                new DocumentLinter(DockerfileLinter.standard(), Map.of(), Optional::empty), prompts,
                DockerfileWorkspace.Timing.defaults(), Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    DockerfileDocument open(Path file) {
        return now(workspace.open(file)).orElseThrow();
    }

    /** The inline runner completes every stage before it is returned. */
    static <T> T now(CompletionStage<T> stage) {
        return stage.toCompletableFuture().getNow(null);
    }
}
