package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Optional;

/**
 * DD4005 (Hadolint DL4005): replacing {@code /bin/sh} with a link to another shell changes the shell
 * of everything in the image, at build and at run time. SHELL changes it for the build only, visibly.
 */
public final class ShellChangedByLink implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD4005",
            "Use SHELL to change the default shell", Severity.WARNING, RuleCategory.RELIABILITY,
            RuleReferences.none().withHadolint("DL4005"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            List<ShellScript> scripts = context.shellScripts(run);
            for (ShellScript script : scripts) {
                for (ShellCommand link : script.commandsNamed("ln")) {
                    if (!link.hasArgument("/bin/sh")) {
                        continue;
                    }
                    boolean wholeRun = scripts.size() == 1 && script.commands().size() == 1 && run.heredocs().isEmpty();
                    Optional<String> shell = linkTarget(link);
                    Fix[] fixes = wholeRun && shell.isPresent()
                            ? new Fix[] {context.fix("Replace with SHELL [\"" + shell.get() + "\", \"-c\"]", Fix.Safety.NEEDS_REVIEW,
                                    context.replace(run.range(), "SHELL " + StructureExecForm.of(List.of(shell.get(), "-c"))))}
                            : new Fix[0];
                    context.report(link.range(), "Use SHELL to change the default shell instead of linking /bin/sh", fixes);
                }
            }
        }
    }

    /** The shell the link points to: the first operand that is not an option and not {@code /bin/sh}. */
    private static Optional<String> linkTarget(ShellCommand link) {
        for (ShellWord argument : link.arguments()) {
            String value = argument.value();
            if (!value.startsWith("-") && !value.equals("/bin/sh") && value.startsWith("/") && !value.contains("$")) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
