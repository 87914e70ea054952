package dev.drydock.core.daemon.endpoint;

import java.util.Objects;

/**
 * Which daemon the user asked for: let Drydock decide like the docker CLI, a docker context by
 * name, or an explicit address. This is what settings remember and what {@code --host} /
 * {@code --context} on the command line mean.
 *
 * @param contextName the context, for {@link Kind#CONTEXT}
 * @param host        the address, for {@link Kind#HOST}, e.g. {@code tcp://build-box:2376}
 * @param tlsVerify   for {@link Kind#HOST}: verify the server certificate; {@code null} takes TLS
 *                    settings from {@code DOCKER_TLS_VERIFY} / {@code DOCKER_CERT_PATH} as
 *                    {@code docker -H} does
 * @param certPath    for {@link Kind#HOST}: folder with {@code ca.pem}, {@code cert.pem},
 *                    {@code key.pem}; {@code null} for none (or the environment's, see tlsVerify)
 */
public record EndpointChoice(Kind kind, String contextName, String host, Boolean tlsVerify, String certPath) {

    public enum Kind {
        /** Resolve like the docker CLI: DOCKER_HOST, DOCKER_CONTEXT, current context, sockets. */
        AUTOMATIC,
        /** A docker context by name ({@code docker context use}). */
        CONTEXT,
        /** An explicit address ({@code docker -H}). */
        HOST
    }

    public EndpointChoice {
        kind = kind == null ? Kind.AUTOMATIC : kind;
        if (kind == Kind.CONTEXT && (contextName == null || contextName.isBlank())) {
            throw new IllegalArgumentException("A context choice needs a context name");
        }
        if (kind == Kind.HOST && (host == null || host.isBlank())) {
            throw new IllegalArgumentException("A host choice needs an address");
        }
    }

    public static EndpointChoice automatic() {
        return new EndpointChoice(Kind.AUTOMATIC, null, null, null, null);
    }

    public static EndpointChoice context(String name) {
        return new EndpointChoice(Kind.CONTEXT, Objects.requireNonNull(name, "name"), null, null, null);
    }

    /** An address whose TLS settings come from the environment, like {@code docker -H}. */
    public static EndpointChoice host(String address) {
        return new EndpointChoice(Kind.HOST, null, Objects.requireNonNull(address, "address"), null, null);
    }

    /** An address with its own TLS settings; {@code certPath} may be null. */
    public static EndpointChoice host(String address, boolean tlsVerify, String certPath) {
        return new EndpointChoice(Kind.HOST, null, Objects.requireNonNull(address, "address"), tlsVerify, certPath);
    }

    /** One line for a settings screen: {@code Automatic}, {@code Context "colima"}, the address. */
    public String describe() {
        switch (kind) {
            case CONTEXT:
                return "Context \"" + contextName + "\"";
            case HOST:
                return host + (Boolean.TRUE.equals(tlsVerify) ? " (TLS)" : "");
            default:
                return "Automatic";
        }
    }
}
