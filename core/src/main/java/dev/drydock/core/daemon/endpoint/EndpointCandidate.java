package dev.drydock.core.daemon.endpoint;

/**
 * One daemon the user could pick in the connection settings.
 *
 * @param label    what the user sees first, e.g. {@code Automatic}, {@code Context "colima"},
 *                 {@code rootless Docker socket}
 * @param choice   what to remember when the user picks it
 * @param endpoint where it leads now
 * @param presence whether its socket exists
 */
public record EndpointCandidate(String label, EndpointChoice choice, DockerEndpoint endpoint,
                                SocketPresence presence) {

    /** True when its unix socket is known not to exist, so nothing can answer there now. */
    public boolean socketMissing() {
        return presence == SocketPresence.MISSING;
    }
}
