package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.endpoint.EndpointCandidate;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.daemon.live.LiveListener;

import java.util.List;

/** What the workbench asks of core to reach a daemon. Every method may block: call off the UI thread. */
public interface ConnectionBackend {

    /** Where the user's choice leads now (automatic: like the docker CLI). */
    DockerEndpoint resolve(EndpointChoice choice) throws EndpointException;

    /** Daemons the user could pick, for the connection settings. */
    List<EndpointCandidate> candidates();

    /** Starts a live connection; the listener hears about it on the session's own thread. */
    DaemonSession open(DockerEndpoint endpoint, LiveListener listener);
}
