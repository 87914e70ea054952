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

/**
 * DD3027 (Hadolint DL3027): {@code apt} is for people at a terminal; its output and behaviour may
 * change between releases. Scripts use {@code apt-get} or {@code apt-cache}.
 */
public final class AptInsteadOfAptGet implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3027", "Do not use apt in scripts",
            Severity.WARNING, RuleCategory.RELIABILITY, RuleReferences.none().withHadolint("DL3027"));

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
                for (ShellCommand command : script.commandsNamed("apt")) {
                    ShellWord name = command.nameWord().orElseThrow();
                    if (!name.value().equals("apt")) {
                        continue; // /usr/bin/apt: the path is deliberate, leave it be
                    }
                    Fix fix = context.fix("Use apt-get instead of apt", Fix.Safety.SAFE,
                            context.replace(name.range(), "apt-get"));
                    context.report(name.range(), "Use apt-get or apt-cache instead of apt in scripts", fix);
                }
            }
        }
    }
}
