package dev.drydock.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;

import java.io.IOException;
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

    /**
     * Writes this element as Jackson's data binding would, field for field in the order above,
     * without building an {@code ObjectMapper} (tens of milliseconds on the command line's cold JVM).
     */
    void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", name);
        g.writeArrayFieldStart("names");
        for (String n : names) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeStringField("image", image);
        g.writeStringField("imageId", imageId);
        g.writeStringField("command", command);
        g.writeStringField("created", created);
        g.writeStringField("state", state);
        g.writeStringField("status", status);
        g.writeArrayFieldStart("ports");
        for (Port p : ports) {
            g.writeStartObject();
            g.writeNumberField("privatePort", p.privatePort());
            g.writeNumberField("publicPort", p.publicPort());
            g.writeStringField("hostIp", p.hostIp());
            g.writeStringField("protocol", p.protocol());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mounts");
        for (Mount m : mounts) {
            g.writeStartObject();
            g.writeStringField("type", m.type());
            g.writeStringField("name", m.name());
            g.writeStringField("source", m.source());
            g.writeStringField("destination", m.destination());
            g.writeStringField("mode", m.mode());
            g.writeBooleanField("readWrite", m.readWrite());
            g.writeStringField("propagation", m.propagation());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("labels");
        for (Map.Entry<String, String> label : labels.entrySet()) {
            g.writeStringField(label.getKey(), label.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
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
