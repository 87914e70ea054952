package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5017: the container shares the host's IPC namespace (CIS 5.17). */
public final class HostIpc implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5017", "Host IPC namespace shared", Severity.ERROR, "5.17");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --ipc host";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (CisCheck.isHost(context.host().ipcMode())) {
            context.report("HostConfig.IpcMode", "The container shares the host's IPC namespace: HostIpc0", "IpcMode=host");
        }
    }
}
