package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.ContainerProcess;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Optional;

/** DC5007: an SSH server runs inside the container (CIS 5.7); needs the container's process list. */
public final class SshdRunning implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5007", "SSH server running", Severity.WARNING, "5.7");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "remove the SSH server from the image; use docker exec to get a shell in the container";
    }

    @Override
    public void check(ContainerCheckContext context) {
        Optional<List<ContainerProcess>> processes = context.processes();
        if (processes.isEmpty()) {
            context.notApplicable(context.container().state() != null && !context.container().state().running()
                    ? "the container is not running, so its processes cannot be listed"
                    : "the container's processes were not listed");
            return;
        }
        for (ContainerProcess process : processes.get()) {
            if (isSshd(process.command())) {
                context.report("Processes." + process.pid(), "An SSH server runs in the container (pid "
                        + process.pid() + "): it is one more service to patch, another way in, and its keys and"
                        + " users escape Docker's access control", process.command());
            }
        }
    }

    /** The program (first word, without its directory) is {@code sshd} or {@code dropbear}. */
    static boolean isSshd(String command) {
        String first = command == null ? "" : command.strip().split("\\s+", 2)[0];
        String program = first.substring(first.lastIndexOf('/') + 1).replace(":", "");
        return program.equals("sshd") || program.equals("dropbear");
    }
}
