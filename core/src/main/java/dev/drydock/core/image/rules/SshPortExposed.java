package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

/** DI1015: the image exposes port 22: an SSH server inside a container is one more way in, and another service to patch. */
public final class SshPortExposed implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1015", "Image exposes the SSH port",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none().withCisDockerBenchmark("5.6"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        boolean sshd = context.image().file("usr/sbin/sshd").isPresent();
        for (String port : context.image().config().exposedPorts()) {
            if (port.equals("22") || port.equals("22/tcp")) {
                context.reportConfig("Config.ExposedPorts." + port, "The image exposes port 22"
                        + (sshd ? " and ships an SSH server (/usr/sbin/sshd)" : "") + ": SSH in a container is another"
                        + " way in with its own keys to manage; use docker exec to get a shell instead", "ExposedPorts=" + port);
            }
        }
    }
}
