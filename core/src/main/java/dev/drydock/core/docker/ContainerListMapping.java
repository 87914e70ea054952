package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;

import java.util.ArrayList;
import java.util.List;

import static dev.drydock.core.docker.Json.at;
import static dev.drydock.core.docker.Json.epochSeconds;
import static dev.drydock.core.docker.Json.flag;
import static dev.drydock.core.docker.Json.integer;
import static dev.drydock.core.docker.Json.stringMap;
import static dev.drydock.core.docker.Json.strings;
import static dev.drydock.core.docker.Json.text;

/**
 * Maps {@code GET /containers/json} straight into {@link ContainerSummary} rows: this is the
 * {@code drydock containers} hot path, so it walks the parsed tree once and builds nothing else.
 */
final class ContainerListMapping {

    private ContainerListMapping() {
    }

    static List<ContainerSummary> toSummaries(JsonNode list) {
        List<ContainerSummary> containers = new ArrayList<>(list.size());
        for (JsonNode container : list) {
            containers.add(toSummary(container));
        }
        return containers;
    }

    static ContainerSummary toSummary(JsonNode container) {
        List<String> names = strings(container, "Names");
        names.replaceAll(name -> name.startsWith("/") ? name.substring(1) : name);
        return new ContainerSummary(
                text(container, "Id"),
                names,
                text(container, "Image"),
                text(container, "ImageID"),
                text(container, "Command"),
                epochSeconds(container, "Created"),
                text(container, "State"),
                text(container, "Status"),
                ports(at(container, "Ports")),
                mounts(at(container, "Mounts")),
                stringMap(container, "Labels"));
    }

    /** The list form of ports: {@code [{"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"}]}. */
    private static List<PortMapping> ports(JsonNode ports) {
        List<PortMapping> result = new ArrayList<>();
        if (ports != null) {
            for (JsonNode port : ports) {
                result.add(new PortMapping(integer(port, "PrivatePort"), integer(port, "PublicPort"),
                        text(port, "IP"), text(port, "Type")));
            }
        }
        return result;
    }

    /** Mounts look the same in the list and in inspect answers. */
    static List<MountInfo> mounts(JsonNode mounts) {
        List<MountInfo> result = new ArrayList<>();
        if (mounts != null) {
            for (JsonNode mount : mounts) {
                result.add(new MountInfo(text(mount, "Type"), text(mount, "Name"), text(mount, "Source"),
                        text(mount, "Destination"), text(mount, "Mode"), flag(mount, "RW"),
                        text(mount, "Propagation")));
            }
        }
        return result;
    }
}
