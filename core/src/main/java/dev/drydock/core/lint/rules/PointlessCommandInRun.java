package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/**
 * DD3001 (Hadolint DL3001): interactive and system-management commands do nothing useful while an
 * image builds (there is no running system, no terminal, no service manager).
 */
public final class PointlessCommandInRun implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3001",
            "Commands such as ssh, vim, shutdown, service, ps, free, top, kill, mount and ifconfig make no sense in a build",
            Severity.INFO, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3001"));
    private static final String[] POINTLESS = {
        "free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim", "ifconfig",
    };

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
                for (ShellCommand command : script.commandsNamed(POINTLESS)) {
                    context.report(command.nameWord().orElseThrow().range(), "`" + command.baseName()
                            + "` makes no sense while an image builds: there is no running system or terminal");
                }
            }
        }
    }
}
