package dev.drydock.core.daemon.endpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which daemon to talk to, like the docker CLI, and says why in
 * {@link DockerEndpoint#chosenBy()}. First match wins:
 * <ol>
 *   <li>an explicit address ({@link EndpointChoice.Kind#HOST}, {@code --host})</li>
 *   <li>{@code DOCKER_HOST}, with {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}</li>
 *   <li>an explicit context ({@link EndpointChoice.Kind#CONTEXT}, {@code --context})</li>
 *   <li>{@code DOCKER_CONTEXT}</li>
 *   <li>{@code currentContext} in {@code $DOCKER_CONFIG/config.json}</li>
 *   <li>the first daemon socket found (system, rootless, Docker Desktop, Podman) or the named pipe
 *       on Windows</li>
 * </ol>
 * The context {@code default} means the default endpoint (the last step).
 */
public final class EndpointResolver {

    private final HostEnvironment host;
    private final DockerContexts contexts;
    private final KnownSockets sockets;

    public EndpointResolver(HostEnvironment host) {
        this.host = host;
        this.contexts = new DockerContexts(host);
        this.sockets = new KnownSockets(host);
    }

    public static EndpointResolver forThisMachine() {
        return new EndpointResolver(HostEnvironment.current());
    }

    /** The endpoint the docker CLI would use with no options. */
    public DockerEndpoint resolve() throws EndpointException {
        return resolve(EndpointChoice.automatic());
    }

    /** The endpoint for what the user chose; the choice is explained as "your choice". */
    public DockerEndpoint resolve(EndpointChoice choice) throws EndpointException {
        return resolve(choice, "your choice");
    }

    /**
     * The endpoint for what the user chose.
     *
     * @param source where the choice comes from, for {@link DockerEndpoint#chosenBy()}, e.g.
     *               {@code the --context option} or {@code Drydock's connection settings}
     */
    public DockerEndpoint resolve(EndpointChoice choice, String source) throws EndpointException {
        if (choice.kind() == EndpointChoice.Kind.HOST) {
            return explicitAddress(choice, source);
        }
        Optional<String> dockerHost = host.variable("DOCKER_HOST");
        if (dockerHost.isPresent()) {
            return fromDockerHost(dockerHost.get());
        }
        if (choice.kind() == EndpointChoice.Kind.CONTEXT) {
            return context(choice.contextName(), source);
        }
        Optional<String> dockerContext = host.variable("DOCKER_CONTEXT");
        if (dockerContext.isPresent()) {
            return context(dockerContext.get(), "the DOCKER_CONTEXT environment variable");
        }
        Optional<String> current = contexts.currentContext();
        if (current.isPresent()) {
            return context(current.get(), "the current context in " + contexts.configFile());
        }
        return detectedSocket();
    }

    /**
     * Every daemon the user could pick: automatic (when it resolves), the {@code default} context,
     * every stored context, {@code DOCKER_HOST} when set, and every well-known socket that exists
     * (the default socket also when none does). Never fails: contexts that cannot be read are left
     * out.
     */
    public List<EndpointCandidate> candidates() {
        List<EndpointCandidate> candidates = new ArrayList<>();
        try {
            DockerEndpoint automatic = resolve();
            candidates.add(candidate("Automatic", EndpointChoice.automatic(), automatic));
        } catch (EndpointException broken) {
            // The user sees the problem when choosing "Automatic"; the others are still offered.
        }
        candidates.add(candidate("Context \"default\"", EndpointChoice.context(DockerContexts.DEFAULT_CONTEXT),
                detectedSocket().chosenBy("context \"default\"")));
        for (String name : contexts.names()) {
            if (DockerContexts.DEFAULT_CONTEXT.equals(name)) {
                continue;
            }
            try {
                EndpointChoice choice = EndpointChoice.context(name);
                candidates.add(candidate(choice.describe(), choice, contexts.endpoint(name, "context \"" + name + "\"")));
            } catch (EndpointException broken) {
                // Left out; picking it by name reports the problem.
            }
        }
        Optional<String> dockerHost = host.variable("DOCKER_HOST");
        if (dockerHost.isPresent()) {
            try {
                candidates.add(candidate("DOCKER_HOST", EndpointChoice.host(dockerHost.get()), fromDockerHost(dockerHost.get())));
            } catch (EndpointException broken) {
                // An unusable DOCKER_HOST is reported by "Automatic".
            }
        }
        List<KnownSockets.Place> places = sockets.places();
        boolean noneFound = places.stream().noneMatch(sockets::present);
        for (KnownSockets.Place place : places) {
            if (sockets.present(place) || (noneFound && place == places.get(0))) {
                candidates.add(candidate(capitalized(place.description()),
                        EndpointChoice.host(place.uri(), false, null), DockerEndpoint.of(place.uri(), place.description())));
            }
        }
        return List.copyOf(candidates);
    }

    /** The docker CLI's configuration folder, as the user names it. */
    public String dockerConfigDir() {
        return contexts.configDir();
    }

    private EndpointCandidate candidate(String label, EndpointChoice choice, DockerEndpoint endpoint) {
        return new EndpointCandidate(label, choice, endpoint, sockets.presence(endpoint.uri()));
    }

    private DockerEndpoint explicitAddress(EndpointChoice choice, String source) throws EndpointException {
        String uri = DockerHostAddress.normalize(choice.host(), source);
        if (choice.tlsVerify() == null) {
            return withEnvironmentTls(uri, "address from " + source);
        }
        Path certs = choice.certPath() == null || choice.certPath().isBlank() ? null : Path.of(choice.certPath());
        return new DockerEndpoint(uri, choice.tlsVerify(), certs, null, "address from " + source);
    }

    private DockerEndpoint fromDockerHost(String address) throws EndpointException {
        String uri = DockerHostAddress.normalize(address, "the DOCKER_HOST environment variable");
        return withEnvironmentTls(uri, "DOCKER_HOST environment variable");
    }

    /** TLS as the docker CLI takes it: any non-empty DOCKER_TLS_VERIFY turns verification on. */
    private DockerEndpoint withEnvironmentTls(String uri, String chosenBy) {
        boolean verify = host.variable("DOCKER_TLS_VERIFY").isPresent();
        Optional<String> certPath = host.variable("DOCKER_CERT_PATH");
        Path certs = certPath.isPresent() || verify ? Path.of(certPath.orElse(contexts.configDir())) : null;
        return new DockerEndpoint(uri, verify, certs, null, chosenBy);
    }

    private DockerEndpoint context(String name, String source) throws EndpointException {
        String chosenBy = "context \"" + name + "\" from " + source;
        if (DockerContexts.DEFAULT_CONTEXT.equals(name)) {
            DockerEndpoint socket = detectedSocket();
            return new DockerEndpoint(socket.uri(), false, null, name, chosenBy + ": " + socket.chosenBy());
        }
        return contexts.endpoint(name, chosenBy);
    }

    private DockerEndpoint detectedSocket() {
        KnownSockets.Place place = sockets.detect();
        String how = sockets.present(place) ? place.description()
                : place.description() + "; no daemon socket was found";
        return DockerEndpoint.of(place.uri(), how);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
