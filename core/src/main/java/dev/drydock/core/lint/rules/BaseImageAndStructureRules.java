package dev.drydock.core.lint.rules;

import dev.drydock.core.lint.DockerfileRule;

import java.util.List;

/** The rules about FROM lines, stages, instruction order and form (CMD/ENTRYPOINT/COPY/ADD/WORKDIR/EXPOSE/HEALTHCHECK), in the order they run. */
public final class BaseImageAndStructureRules {

    private BaseImageAndStructureRules() {
    }

    public static List<DockerfileRule> all() {
        return List.of(
                new BaseImageTaggedLatest(), new BaseImageWithoutTag(), new AddInsteadOfCopy(), new ShellFormCommand(),
                new RelativeWorkdir(), new CopyFromUnknownStage(), new CopyFromOwnStage(),
                new DuplicateStageName(), new UntrustedRegistry(), new FromWithPlatform(), new InstructionBeforeFrom(),
                new InvalidExposedPort(), new MultipleHealthcheck(), new MultipleCmd(), new MultipleEntrypoint(),
                new RelativeCopyWithoutWorkdir(), new MissingHealthcheck(), new CopyManySourcesToFile(),
                new ForbiddenOnbuildTrigger(), new EnvSelfReference(), new ConsecutiveRuns(), new ShellChangedByLink(),
                new ReservedStageName(), new RedundantTargetPlatform(), new NonNumericUser(), new WholeFilesystemFromStage());
    }
}
