package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.Set;

/** DC5103: a shell runs as PID 1 without {@code --init}; it neither forwards signals nor reaps zombies. */
public final class ShellWithoutInit implements ContainerCheck {

    private static final RuleMetadata METADATA = new RuleMetadata("DC5103", "Shell as PID 1 without an init",
            Severity.INFO, RuleCategory.SECURITY, RuleReferences.none());
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--init (or exec the application from the shell so it becomes PID 1)";
    }

    @Override
    public void check(ContainerCheckContext context) {
        String path = context.container().path() == null ? "" : context.container().path().strip();
        String program = path.substring(path.lastIndexOf('/') + 1);
        if (SHELLS.contains(program) && !context.host().init()) {
            context.report("Path", "The shell " + path + " runs as PID 1: it does not pass signals such as SIGTERM on"
                    + " to its children nor reap them, so docker stop waits and then kills them", "Path=" + path);
        }
    }
}
