package dev.drydock.core.daemon.endpoint;

import java.util.Locale;

/**
 * Reads a daemon address the way {@code docker -H} and {@code DOCKER_HOST} do: an address without
 * a scheme is TCP, a TCP address without host or port gets {@code localhost} and port 2375 (the
 * docker CLI uses 2375 even with TLS), {@code unix://} and {@code npipe://} alone mean the default
 * socket and pipe; {@code ssh://} and {@code fd://} are kept as they are.
 */
final class DockerHostAddress {

    static final String DEFAULT_UNIX_PATH = "/var/run/docker.sock";
    static final String DEFAULT_PIPE = "//./pipe/docker_engine";
    static final int DEFAULT_TCP_PORT = 2375;

    private DockerHostAddress() {
    }

    /** The address in the form docker uses, e.g. {@code tcp://localhost:2375}. */
    static String normalize(String address, String source) throws EndpointException {
        String trimmed = address.trim();
        int schemeEnd = trimmed.indexOf("://");
        String scheme = schemeEnd < 0 ? "tcp" : trimmed.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = schemeEnd < 0 ? trimmed : trimmed.substring(schemeEnd + 3);
        switch (scheme) {
            case "tcp":
                return "tcp://" + tcpHostAndPort(rest, trimmed, source);
            case "unix":
                return "unix://" + simplePath(rest, DEFAULT_UNIX_PATH, trimmed, source);
            case "npipe":
                return "npipe://" + simplePath(rest, DEFAULT_PIPE, trimmed, source);
            case "ssh":
            case "fd":
                return trimmed;
            default:
                throw invalid(trimmed, source, "Drydock understands tcp://, unix://, npipe:// and ssh:// addresses.");
        }
    }

    private static String simplePath(String rest, String fallback, String address, String source)
            throws EndpointException {
        if (rest.contains("://")) {
            throw invalid(address, source, "The address has more than one scheme.");
        }
        return rest.isEmpty() ? fallback : rest;
    }

    private static String tcpHostAndPort(String rest, String address, String source) throws EndpointException {
        String authority = rest;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            if (!rest.substring(slash).equals("/")) {
                throw invalid(address, source, "A tcp:// address names a host and port only, without a path.");
            }
            authority = rest.substring(0, slash);
        }
        String host;
        String port;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw invalid(address, source, "The IPv6 address is missing its closing bracket.");
            }
            host = authority.substring(0, close + 1);
            String after = authority.substring(close + 1);
            port = after.startsWith(":") ? after.substring(1) : "";
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw invalid(address, source, "Expected a port after the IPv6 address.");
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? "" : authority.substring(colon + 1);
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        if (port.isEmpty()) {
            port = String.valueOf(DEFAULT_TCP_PORT);
        }
        if (!port.chars().allMatch(Character::isDigit) || port.length() > 5 || Integer.parseInt(port) > 65535) {
            throw invalid(address, source, "The port must be a number from 1 to 65535.");
        }
        return host + ":" + port;
    }

    private static EndpointException invalid(String address, String source, String why) {
        return new EndpointException("The daemon address \"" + address + "\" from " + source + " is not valid. " + why,
                "Use an address such as unix:///var/run/docker.sock or tcp://host:2376.");
    }
}
