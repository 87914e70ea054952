package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5020: a mount shares its mount events with the host ({@code shared} or {@code rshared} propagation) (CIS 5.20). */
public final class SharedMountPropagation implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5020", "Mount propagation shared with the host",
            Severity.WARNING, "5.20");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "mount it with the default private propagation (drop :shared/:rshared, bind-propagation=rprivate)";
    }

    @Override
    public void check(ContainerCheckContext context) {
        for (MountInfo mount : context.container().mounts()) {
            String propagation = mount.propagation() == null ? "" : mount.propagation().strip();
            if (propagation.equals("shared") || propagation.equals("rshared")) {
                context.report("Mounts." + mount.destination(), "The mount at " + mount.destination() + " has "
                        + propagation + " propagation: what the container mounts there appears on the host,"
                        + " and the other way round", mount.source() + ":" + mount.destination() + ":" + propagation);
            }
        }
    }
}
