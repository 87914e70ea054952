package dev.drydock.core.audit.host;

/**
 * The daemon files CIS section 3 names. Where each one lives on a host is found by {@link HostFileLocator}.
 */
public enum HostFile {
    DOCKER_SERVICE("docker.service", "the docker.service unit file"),
    DOCKER_SOCKET_UNIT("docker.socket", "the docker.socket unit file"),
    ETC_DOCKER("/etc/docker", "the /etc/docker directory"),
    REGISTRY_CERTIFICATES("Each registry certificate", "registry certificate files under /etc/docker/certs.d"),
    TLS_CA_CERTIFICATE("TLS CA certificate", "the daemon's TLS CA certificate (--tlscacert)"),
    TLS_SERVER_CERTIFICATE("TLS server certificate", "the daemon's TLS server certificate (--tlscert)"),
    TLS_SERVER_KEY("TLS server key", "the daemon's TLS server key (--tlskey)"),
    DOCKER_SOCKET("docker.sock", "the Docker socket"),
    DAEMON_JSON("daemon.json", "/etc/docker/daemon.json"),
    ETC_DEFAULT_DOCKER("/etc/default/docker", "/etc/default/docker"),
    SYSCONFIG_DOCKER("/etc/sysconfig/docker", "/etc/sysconfig/docker"),
    CONTAINERD_SOCKET("containerd.sock", "the containerd socket");

    private final String shortName;
    private final String description;

    HostFile(String shortName, String description) {
        this.shortName = shortName;
        this.description = description;
    }

    /** How a check title names it: {@code docker.service}. */
    public String shortName() {
        return shortName;
    }

    /** How a sentence names it: {@code the docker.service unit file}. */
    public String description() {
        return description;
    }
}
