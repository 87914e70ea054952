package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5018: host devices are passed into the container with {@code --device} (CIS 5.18). */
public final class HostDevices implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5018", "Host device exposed", Severity.WARNING, "5.18");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "remove --device, or pass it with only the permissions it needs (e.g. --device /dev/x:/dev/x:r)";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (context.host().privileged()) {
            context.notApplicable("the container is privileged and sees every host device (see DC5005)");
            return;
        }
        for (String device : context.host().devices()) {
            context.report("HostConfig.Devices", "The host device " + device + " is passed into the container:"
                    + " it can read or write the hardware directly", device);
        }
    }
}
