package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.ImageSummary;

/**
 * Told about changes of the live daemon state, on the state's own worker thread, in order.
 * A UI hops to its own thread.
 */
public interface LiveListener {

    void connectionChanged(ConnectionState state);

    void containersChanged(ListChange<ContainerSummary> change);

    void imagesChanged(ListChange<ImageSummary> change);
}
