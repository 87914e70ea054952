package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.dockerfiles.document.DockerfileWorkspace;
import dev.drydock.app.gui.dockerfiles.document.DocumentLinter;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts;
import dev.drydock.app.gui.task.UiScheduler;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.settings.RecoveryStore;

/**
 * Everything behind the Dockerfiles page, built once per window: the open buffers, the linter they
 * share, and the page's view-model.
 */
public record DockerfileWorkbench(DockerfilesViewModel model, DocumentLinter linter, DockerfileLinter rules,
                                  DocumentPrompts prompts) {

    public static DockerfileWorkbench create(UiTaskRunner runner, UiScheduler scheduler, WorkbenchPreferences preferences,
                                             RecoveryStore recovery, DocumentLinter linter, DocumentPrompts prompts) {
        DockerfileLinter rules = DockerfileLinter.standard();
        DockerfileWorkspace workspace = new DockerfileWorkspace(runner, scheduler, preferences, recovery, linter, prompts,
                DockerfileWorkspace.Timing.defaults(), java.time.Clock.systemUTC());
        return new DockerfileWorkbench(new DockerfilesViewModel(workspace, linter, runner, prompts, rules), linter, rules, prompts);
    }

    public DockerfileWorkspace workspace() {
        return model.workspace();
    }
}
