package dev.drydock.app.cli;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One element of {@code drydock containers --format json}. This shape is a promise to scripts:
 * fields are only ever added. The field list is documented in {@code DrydockHelp.properties} (see {@code drydock containers --help}).
 *
 * @param created ISO-8601 instant in UTC, e.g. {@code 2024-05-01T12:00:00Z}
 */
record ContainerJson(String id, String name, List<String> names, String image, String imageId,
                     String command, String created, String state, String status, List<Port> ports,
                     List<Mount> mounts, Map<String, String> labels) {

    record Port(int privatePort, int publicPort, String hostIp, String protocol) {
        static Port of(PortMapping p) {
            return new Port(p.privatePort(), p.publicPort(), nullToEmpty(p.hostIp()), p.protocol());
        }
    }

    record Mount(String type, String name, String source, String destination, String mode,
                 boolean readWrite, String propagation) {
        static Mount of(MountInfo m) {
            return new Mount(nullToEmpty(m.type()), nullToEmpty(m.name()), nullToEmpty(m.source()),
                    nullToEmpty(m.destination()), nullToEmpty(m.mode()), m.readWrite(),
                    nullToEmpty(m.propagation()));
        }
    }

    static ContainerJson of(ContainerSummary c) {
        return new ContainerJson(c.id(), c.name(), c.names(), c.image(), c.imageId(), c.command(),
                c.created() == null ? null : c.created().toString(), c.state(), c.status(),
                c.ports().stream().map(Port::of).toList(),
                c.mounts().stream().map(Mount::of).toList(),
                new TreeMap<>(c.labels()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
