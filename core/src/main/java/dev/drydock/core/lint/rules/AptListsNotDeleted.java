package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Optional;

/**
 * DD3009 (Hadolint DL3009): a RUN that runs {@code apt-get update} leaves the package lists (tens of
 * megabytes) in its layer unless it removes {@code /var/lib/apt/lists} itself. Like Hadolint, only the
 * final stage and stages that later stages build on are checked: a stage only copied from ships nothing.
 */
public final class AptListsNotDeleted extends MissingCleanupRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3009", "Delete the apt-get lists after installing",
            Severity.INFO, RuleCategory.IMAGE_SIZE, RuleReferences.none().withHadolint("DL3009"));

    private static final String LISTS = "/var/lib/apt/lists";

    public AptListsNotDeleted() {
        super(METADATA, "rm -rf /var/lib/apt/lists/*",
                "Delete the apt-get lists in the same RUN (rm -rf /var/lib/apt/lists/*): they stay in this layer",
                List.of(LISTS));
    }

    @Override
    boolean fillsCache(ShellCommand command) {
        return command.isNamed("apt-get")
                && PackageManagerCommands.hasSubcommand(command, AptPackageOptions.WITH_VALUE, "update");
    }

    @Override
    boolean cleansCache(ShellCommand command) {
        return PackageManagerCommands.removesDirectory(command, LISTS);
    }

    @Override
    boolean appliesTo(RuleContext context, RunInstruction run) {
        Optional<Stage> stage = context.dockerfile().stageOf(run);
        if (stage.isEmpty() || stage.equals(context.dockerfile().finalStage())) {
            return true;
        }
        if (stage.get().name().isEmpty()) {
            return false; // not final and not named: no later stage can build on it
        }
        String name = stage.get().name().get();
        return context.dockerfile().stages().stream()
                .anyMatch(later -> later.index() > stage.get().index() && later.baseImage().equalsIgnoreCase(name));
    }
}
