package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
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

/**
 * DD3004 (Hadolint DL3004): {@code sudo} in a build hides who runs what, brings a TTY-dependent,
 * setuid program into the image, and is not needed: switch users with USER instead.
 */
public final class SudoInRun implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3004", "Do not use sudo",
            Severity.ERROR, RuleCategory.SECURITY, RuleReferences.none().withHadolint("DL3004").withNistSp800190("4.1.2"));

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
            for (ShellScript script : context.shellScripts(run)) {
                for (ShellCommand command : script.commandsNamed("sudo")) {
                    ShellWord sudo = command.nameWord().orElseThrow();
                    String message = "Do not use sudo: it brings a setuid program into the image; use USER to run "
                            + "commands as another user";
                    List<ShellWord> arguments = command.arguments();
                    if (arguments.isEmpty() || arguments.get(0).value().startsWith("-")) {
                        context.report(sudo.range(), message); // sudo -u app ...: the remedy is a USER switch
                        continue;
                    }
                    boolean root = ShellBatchSupport.runsAsRoot(context.dockerfile(), run);
                    Fix fix = context.fix("Remove sudo", root ? Fix.Safety.SAFE : Fix.Safety.NEEDS_REVIEW,
                            context.replace(new SourceRange(sudo.range().start(), arguments.get(0).range().start()), ""));
                    context.report(sudo.range(), message, fix);
                }
            }
        }
    }
}
