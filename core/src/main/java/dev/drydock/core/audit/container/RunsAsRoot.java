package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.Locale;

/** DC5101: the container's processes run as root (uid 0), by the image's USER or {@code --user}. */
public final class RunsAsRoot implements ContainerCheck {

    private static final RuleMetadata METADATA = new RuleMetadata("DC5101", "Container runs as root", Severity.WARNING,
            RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.1").withNistSp800190("4.1.2"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--user <uid>:<gid> with a non-zero uid (better: USER <uid> in the Dockerfile)";
    }

    @Override
    public void check(ContainerCheckContext context) {
        String user = context.container().config().user().strip();
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        if (name.isEmpty() || name.equals("0") || name.toLowerCase(Locale.ROOT).equals("root")) {
            String why = name.isEmpty() ? "neither the image nor docker run sets a user" : "its user is " + user;
            context.report("Config.User", "The container runs as root (" + why + "): a process that escapes it is root"
                    + " on the host unless user namespaces remap it", "User=" + user);
        }
    }
}
