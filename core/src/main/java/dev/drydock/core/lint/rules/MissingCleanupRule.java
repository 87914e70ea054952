package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Optional;

/**
 * The shape of the rules "this RUN leaves a package-manager cache in its layer" ({@code apt-get update}
 * without removing the lists, {@code yum install} without {@code yum clean all}, ...). The clean-up must
 * happen in the same RUN: a later RUN cannot shrink an earlier layer. A RUN whose cache directory is a
 * cache mount keeps nothing and is not reported, and so is one whose last cache-filling command is
 * followed by the clean-up. The fix appends the clean-up command to the RUN.
 */
abstract class MissingCleanupRule implements DockerfileRule {

    private final RuleMetadata metadata;
    private final String cleanup;
    private final String message;
    private final List<String> cacheDirectories;

    /**
     * @param cleanup          the command the fix appends ({@code rm -rf /var/lib/apt/lists/*})
     * @param cacheDirectories directories whose cache mounts make the clean-up needless (any one suffices)
     */
    MissingCleanupRule(RuleMetadata metadata, String cleanup, String message, List<String> cacheDirectories) {
        this.metadata = metadata;
        this.cleanup = cleanup;
        this.message = message;
        this.cacheDirectories = cacheDirectories;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    /** Whether this command fills the cache ({@code apt-get update}). */
    abstract boolean fillsCache(ShellCommand command);

    /** Whether this command empties it ({@code rm -rf /var/lib/apt/lists/*}). */
    abstract boolean cleansCache(ShellCommand command);

    /** Whether a RUN in this stage needs cleaning; every stage by default. */
    boolean appliesTo(RuleContext context, RunInstruction run) {
        return true;
    }

    @Override
    public final void check(RuleContext context) {
        for (RunInstruction run : PackageManagerCommands.runs(context)) {
            if (appliesTo(context, run) && !isCacheMounted(run)) {
                check(context, run);
            }
        }
    }

    private void check(RuleContext context, RunInstruction run) {
        ShellCommand pending = null;
        ShellScript lastScript = null;
        for (ShellScript script : context.shellScripts(run)) {
            for (ShellCommand command : script.commands()) {
                if (cleansCache(command)) {
                    pending = null;
                } else if (fillsCache(command)) {
                    pending = pending == null ? command : pending;
                    lastScript = script;
                }
            }
        }
        if (pending == null) {
            return;
        }
        String cleanup = cleanupAfter(pending);
        Optional<TextEdit> append = PackageManagerCommands.appendToScript(context, run, lastScript, cleanup);
        if (append.isPresent()) {
            context.report(pending.range(), message, context.fix("Append " + cleanup, Fix.Safety.SAFE, append.get()));
        } else {
            context.report(pending.range(), message);
        }
    }

    /** The clean-up command to append after {@code filler}; the one given to the constructor by default. */
    String cleanupAfter(ShellCommand filler) {
        return cleanup;
    }

    private boolean isCacheMounted(RunInstruction run) {
        return cacheDirectories.stream().anyMatch(directory -> PackageManagerCommands.isCacheMounted(run, directory));
    }
}
