package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.ExposeInstruction;
import dev.drydock.core.dockerfile.instruction.ExposedPort;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Set;

/** DD5013: an SSH server installed or port 22 exposed; containers are reached with {@code docker exec}. */
public final class SshServerInImage implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5013", "Do not run an SSH server in the container",
            Severity.WARNING, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.3").withNistSp800190("4.1.2"));

    private static final Set<String> SSH_SERVERS = Set.of("openssh-server", "dropbear", "openssh", "openssh-server-pam",
            "tinysshd", "dropbear-ssh");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (HardeningShell.RunCommand each : HardeningShell.commands(context)) {
            List<ShellWord> packages = HardeningPackages.installed(each.command());
            for (ShellWord word : packages) {
                String name = HardeningPackages.name(word);
                if (SSH_SERVERS.contains(name)) {
                    List<Fix> fixes = packages.size() > 1 ? List.of(context.fix("Do not install " + name, Fix.Safety.NEEDS_REVIEW,
                            HardeningShell.deleteWord(context, each.command(), word))) : List.of();
                    context.report(word.range(), "Installs the SSH server " + name
                            + ": reach containers with docker exec instead of running sshd in them", fixes);
                }
            }
        }
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof ExposeInstruction expose) {
                List<SourceRange> items = expose.ports().stream().map(p -> p.word().range()).toList();
                for (int i = 0; i < items.size(); i++) {
                    ExposedPort port = expose.ports().get(i);
                    String number = context.dockerfile().expand(expose, port.port());
                    if (number.equals("22") && port.protocol().equals("tcp")) {
                        context.report(port.word().range(), "EXPOSE 22 publishes SSH: reach containers with docker exec instead",
                                context.fix("Remove port 22", Fix.Safety.NEEDS_REVIEW, items.size() == 1
                                        ? HardeningShell.deleteInstruction(context, expose) : HardeningShell.deleteItem(items, i)));
                    }
                }
            }
        }
    }
}
