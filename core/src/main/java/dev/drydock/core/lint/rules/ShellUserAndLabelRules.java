package dev.drydock.core.lint.rules;

import dev.drydock.core.lint.DockerfileRule;

import java.util.List;

/** The rules about shell use in RUN, users, downloads, and labels (label schema from the configuration), in the order they run. */
public final class ShellUserAndLabelRules {

    private ShellUserAndLabelRules() {
    }

    public static List<DockerfileRule> all() {
        return List.of(new PipeWithoutPipefail(), new SudoInRun(), new CdInsteadOfWorkdir(), new LastUserIsRoot(),
                new PointlessCommandInRun(), new WgetAndCurlBoth(), new WgetWithoutProgress(),
                new CopyThenExtractArchive(), new UseraddWithoutNoLogInit(), new SensitiveBuildVariableName(),
                new InvalidLabelKey(), new RequiredLabelMissing(), new SuperfluousLabel(), new EmptySchemaLabel(),
                new LabelNotUrl(), new LabelNotRfc3339(), new LabelNotSpdx(), new LabelNotGitHash(), new LabelNotSemver(),
                new LabelNotEmail());
    }
}
