package dev.drydock.core.daemon;

import java.util.Objects;

/**
 * A container port to publish on the host, as {@code docker run -p} takes it.
 *
 * @param hostIp        the host address to bind, e.g. {@code 127.0.0.1}; empty for every interface
 * @param hostPort      the host port; 0 lets the daemon pick a free one
 * @param containerPort the port inside the container
 * @param protocol      {@code tcp}, {@code udp} or {@code sctp}
 */
public record PublishedPort(String hostIp, int hostPort, int containerPort, String protocol) {

    public PublishedPort {
        hostIp = hostIp == null ? "" : hostIp.strip();
        protocol = protocol == null || protocol.isBlank() ? "tcp" : protocol.strip();
        if (containerPort <= 0 || containerPort > 65535 || hostPort < 0 || hostPort > 65535) {
            throw new IllegalArgumentException("no such port: " + hostPort + ":" + containerPort);
        }
    }

    /** The same container port on {@code 127.0.0.1} and a host port the daemon picks. */
    public PublishedPort onLoopbackWithAnyPort() {
        return new PublishedPort("127.0.0.1", 0, containerPort, protocol);
    }

    /** As {@code -p} takes it: {@code 127.0.0.1:8080:80}, {@code 8080:80/udp}, {@code 127.0.0.1::80}. */
    public String display() {
        String ip = hostIp.isEmpty() ? "" : (hostIp.contains(":") ? "[" + hostIp + "]" : hostIp) + ":";
        String host = hostPort == 0 ? (ip.isEmpty() ? "" : ip + ":") : ip + hostPort + ":";
        return host + containerPort + ("tcp".equals(protocol) ? "" : "/" + protocol);
    }

    /** A port as the daemon reports it published (host address, host port, container port). */
    public static PublishedPort of(PortMapping published) {
        Objects.requireNonNull(published, "published");
        return new PublishedPort(published.hostIp(), published.publicPort(), published.privatePort(),
                published.protocol());
    }
}
