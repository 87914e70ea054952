package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.live.LiveListener;

import java.util.List;

/** What the workbench asks of core to reach a daemon. Every method may block: call off the UI thread. */
public interface ConnectionBackend {

    /** The endpoint the docker CLI would use. */
    DockerEndpoint resolveAutomatic();

    /** Endpoints found on this machine (environment, contexts, sockets), for the settings dialog. */
    List<DockerEndpoint> candidates();

    /** Starts a live connection; the listener hears about it on the session's own thread. */
    DaemonSession open(DockerEndpoint endpoint, LiveListener listener);
}
