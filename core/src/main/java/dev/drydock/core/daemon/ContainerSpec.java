package dev.drydock.core.daemon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@link DockerDaemon#createContainer(ContainerSpec)} needs to create a container, as
 * {@code docker create} flags would say it. Empty strings, empty lists and zero limits mean Docker's
 * default (the image's entrypoint, command, user and health check; the container's own namespaces; no
 * limit). Build one with {@link #builder(String)}.
 *
 * @param name           the container name; empty lets the daemon pick one
 * @param image          image reference or id
 * @param entrypoint     empty keeps the image's entrypoint
 * @param cmd            empty keeps the image's command
 * @param user           {@code --user}; empty keeps the image's user
 * @param workingDir     {@code --workdir}; empty keeps the image's
 * @param env            {@code KEY=value} entries, added to the image's
 * @param labels         container labels
 * @param networkMode    {@code --network}: {@code none}, {@code host}, a network name, {@code container:<id>};
 *                       empty for the default bridge
 * @param securityOpt    {@code --security-opt} entries; a seccomp profile goes inline as
 *                       {@code seccomp=<profile JSON>} (the API takes the JSON, not a file name)
 * @param tmpfs          mount point → tmpfs options (e.g. {@code size=64m}; empty for the defaults), in order
 * @param mounts         binds and volumes: type {@code bind} mounts {@code source}, type {@code volume}
 *                       mounts the volume {@code name} (created when missing); {@code readWrite} false
 *                       mounts read-only
 * @param restartPolicy  {@code no}, {@code always}, {@code unless-stopped}, {@code on-failure[:N]}; empty: no
 * @param init           {@code --init}
 * @param autoRemove     {@code --rm}: the daemon removes the container when it exits
 * @param healthcheck    the health check's test, e.g. {@code [CMD-SHELL, wget -q -O- localhost]};
 *                       empty keeps the image's
 * @param hostname       {@code --hostname}; empty lets the daemon use the container's short id
 */
public record ContainerSpec(String name, String image, List<String> entrypoint, List<String> cmd, String user,
                            String workingDir, List<String> env, Map<String, String> labels, boolean privileged,
                            String networkMode, String pidMode, String ipcMode, String utsMode, String userNsMode,
                            List<String> capAdd, List<String> capDrop, List<String> securityOpt,
                            boolean readOnlyRootfs, Map<String, String> tmpfs, long memoryBytes, long pidsLimit,
                            List<PublishedPort> ports, List<MountInfo> mounts, String restartPolicy, boolean init,
                            boolean autoRemove, List<String> healthcheck, String hostname) {

    public ContainerSpec {
        name = text(name);
        Objects.requireNonNull(image, "image");
        if (image.isBlank()) {
            throw new IllegalArgumentException("a container needs an image");
        }
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
        user = text(user);
        workingDir = text(workingDir);
        env = List.copyOf(env);
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        networkMode = text(networkMode);
        hostname = text(hostname);
        pidMode = text(pidMode);
        ipcMode = text(ipcMode);
        utsMode = text(utsMode);
        userNsMode = text(userNsMode);
        capAdd = List.copyOf(capAdd);
        capDrop = List.copyOf(capDrop);
        securityOpt = List.copyOf(securityOpt);
        tmpfs = Collections.unmodifiableMap(new LinkedHashMap<>(tmpfs));
        memoryBytes = Math.max(0, memoryBytes);
        pidsLimit = Math.max(0, pidsLimit);
        ports = List.copyOf(ports);
        mounts = List.copyOf(mounts);
        restartPolicy = text(restartPolicy);
        healthcheck = List.copyOf(healthcheck);
    }

    /** A builder for a container of {@code image} with Docker's defaults for everything else. */
    public static Builder builder(String image) {
        return new Builder(image);
    }

    /** A builder holding this spec's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(image).name(name).entrypoint(entrypoint).cmd(cmd).user(user).workingDir(workingDir)
                .env(env).labels(labels).privileged(privileged).networkMode(networkMode).pidMode(pidMode)
                .ipcMode(ipcMode).utsMode(utsMode).userNsMode(userNsMode).capAdd(capAdd).capDrop(capDrop)
                .securityOpt(securityOpt).readOnlyRootfs(readOnlyRootfs).memoryBytes(memoryBytes)
                .pidsLimit(pidsLimit).ports(ports).mounts(mounts).restartPolicy(restartPolicy).init(init)
                .autoRemove(autoRemove).healthcheck(healthcheck).hostname(hostname);
        b.tmpfs.putAll(tmpfs);
        return b;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Fluent construction of a {@link ContainerSpec}; every setter replaces the value it names. */
    public static final class Builder {
        private final String image;
        private String name = "";
        private List<String> entrypoint = List.of();
        private List<String> cmd = List.of();
        private String user = "";
        private String workingDir = "";
        private List<String> env = List.of();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private boolean privileged;
        private String networkMode = "";
        private String pidMode = "";
        private String ipcMode = "";
        private String utsMode = "";
        private String userNsMode = "";
        private List<String> capAdd = List.of();
        private List<String> capDrop = List.of();
        private List<String> securityOpt = List.of();
        private boolean readOnlyRootfs;
        private final Map<String, String> tmpfs = new LinkedHashMap<>();
        private long memoryBytes;
        private long pidsLimit;
        private List<PublishedPort> ports = List.of();
        private List<MountInfo> mounts = List.of();
        private String restartPolicy = "";
        private boolean init;
        private boolean autoRemove;
        private List<String> healthcheck = List.of();
        private String hostname = "";

        private Builder(String image) {
            this.image = image;
        }

        public Builder name(String value) { name = value; return this; }
        public Builder entrypoint(List<String> value) { entrypoint = value; return this; }
        public Builder cmd(List<String> value) { cmd = value; return this; }
        public Builder cmd(String... words) { return cmd(List.of(words)); }
        public Builder user(String value) { user = value; return this; }
        public Builder workingDir(String value) { workingDir = value; return this; }
        public Builder env(List<String> value) { env = value; return this; }
        /** Replaces the labels. */
        public Builder labels(Map<String, String> value) { labels.clear(); labels.putAll(value); return this; }
        /** Adds (or replaces) one label. */
        public Builder label(String key, String value) { labels.put(key, value); return this; }
        public Builder privileged(boolean value) { privileged = value; return this; }
        public Builder networkMode(String value) { networkMode = value; return this; }
        public Builder pidMode(String value) { pidMode = value; return this; }
        public Builder ipcMode(String value) { ipcMode = value; return this; }
        public Builder utsMode(String value) { utsMode = value; return this; }
        public Builder userNsMode(String value) { userNsMode = value; return this; }
        public Builder capAdd(List<String> value) { capAdd = value; return this; }
        public Builder capDrop(List<String> value) { capDrop = value; return this; }
        public Builder securityOpt(List<String> value) { securityOpt = value; return this; }
        public Builder readOnlyRootfs(boolean value) { readOnlyRootfs = value; return this; }
        /** Adds a tmpfs at {@code path} with Docker's default options. */
        public Builder tmpfs(String path) { return tmpfs(path, ""); }
        /** Adds a tmpfs at {@code path} with these options, e.g. {@code size=64m,mode=1777}. */
        public Builder tmpfs(String path, String options) { tmpfs.put(path, options == null ? "" : options); return this; }
        public Builder memoryBytes(long value) { memoryBytes = value; return this; }
        public Builder pidsLimit(long value) { pidsLimit = value; return this; }
        public Builder ports(List<PublishedPort> value) { ports = value; return this; }
        public Builder mounts(List<MountInfo> value) { mounts = value; return this; }
        public Builder restartPolicy(String value) { restartPolicy = value; return this; }
        public Builder init(boolean value) { init = value; return this; }
        public Builder autoRemove(boolean value) { autoRemove = value; return this; }
        public Builder healthcheck(List<String> value) { healthcheck = value; return this; }
        public Builder hostname(String value) { hostname = value; return this; }

        public ContainerSpec build() {
            return new ContainerSpec(name, image, entrypoint, cmd, user, workingDir, env, labels, privileged,
                    networkMode, pidMode, ipcMode, utsMode, userNsMode, capAdd, capDrop, securityOpt,
                    readOnlyRootfs, tmpfs, memoryBytes, pidsLimit, ports, mounts, restartPolicy, init, autoRemove,
                    healthcheck, hostname);
        }
    }
}
