package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5032: the Docker socket is mounted into the container, which gives it control of the daemon (CIS 5.32). */
public final class DockerSocketMounted implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5032", "Docker socket mounted", Severity.ERROR, "5.32");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "remove -v /var/run/docker.sock; if it must talk to Docker, use a proxy that allows only the calls it needs";
    }

    @Override
    public void check(ContainerCheckContext context) {
        for (MountInfo mount : context.container().mounts()) {
            String source = SensitiveHostMount.normalised(mount.source());
            if (source.endsWith("/docker.sock") || source.endsWith("/containerd.sock")) {
                String how = mount.readWrite() ? "" : " (read-only does not help: a socket is still writable)";
                context.report("Mounts." + mount.destination(), "The host's " + source + " is mounted at "
                        + mount.destination() + how + ": whoever controls the container can start a privileged container"
                        + " and is root on the host", source + ":" + mount.destination());
            }
        }
    }
}
