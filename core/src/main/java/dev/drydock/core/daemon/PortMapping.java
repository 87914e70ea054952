package dev.drydock.core.daemon;

/**
 * A container port and, when published, where the host exposes it.
 *
 * @param privatePort the port inside the container
 * @param publicPort  the host port, or 0 when the port is not published
 * @param hostIp      the host address it is bound to, empty when not published
 * @param protocol    {@code tcp}, {@code udp} or {@code sctp}
 */
public record PortMapping(int privatePort, int publicPort, String hostIp, String protocol) {

    public boolean published() {
        return publicPort > 0;
    }

    /** Formatted like {@code docker ps}: {@code 0.0.0.0:8080->80/tcp} or {@code 80/tcp}. */
    public String display() {
        String inside = privatePort + "/" + protocol;
        if (!published()) {
            return inside;
        }
        String ip = hostIp == null || hostIp.isEmpty() ? "" : (hostIp.contains(":") ? "[" + hostIp + "]" : hostIp) + ":";
        return ip + publicPort + "->" + inside;
    }
}
