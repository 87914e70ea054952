package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.FromInstruction;
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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DD4001 (Hadolint DL4001): a stage that downloads with both wget and curl installs and maintains two
 * tools for one job. Like Hadolint, each RUN that uses either once both were seen in the stage is reported.
 */
public final class WgetAndCurlBoth implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD4001", "Either use wget or curl but not both",
            Severity.WARNING, RuleCategory.IMAGE_SIZE, RuleReferences.none().withHadolint("DL4001")
                    .withCisDockerBenchmark("4.3"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Set<String> seen = new HashSet<>();
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof FromInstruction) {
                seen.clear();
            }
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            ShellCommand first = null;
            for (ShellScript script : context.shellScripts(run)) {
                List<ShellCommand> downloads = script.commands().stream()
                        .filter(command -> command.name().equals("curl") || command.name().equals("wget")).toList();
                for (ShellCommand command : downloads) {
                    seen.add(command.name());
                    first = first == null ? command : first;
                }
            }
            if (first != null && seen.size() == 2) {
                context.report(first.nameWord().orElseThrow().range(),
                        "Either use wget or curl but not both: this stage uses both to download");
            }
        }
    }
}
