package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.EventSink;
import dev.drydock.core.daemon.EventSubscription;
import dev.drydock.core.daemon.ImageDetails;
import dev.drydock.core.daemon.ImageHistoryEntry;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real daemon connection that counts the list requests made through it (the real daemon still
 * answers every call), so tests can check how many requests a burst of events costs.
 */
final class RequestCountingDaemon implements DockerDaemon {

    private final DockerDaemon real;
    final AtomicInteger containerLists = new AtomicInteger();
    final AtomicInteger imageLists = new AtomicInteger();
    final Set<String> containersLookedUp = ConcurrentHashMap.newKeySet();

    RequestCountingDaemon(DockerDaemon real) {
        this.real = real;
    }

    @Override
    public List<ContainerSummary> listContainers() {
        containerLists.incrementAndGet();
        return real.listContainers();
    }

    @Override
    public Optional<ContainerSummary> findContainer(String id) {
        containersLookedUp.add(id);
        return real.findContainer(id);
    }

    @Override
    public List<ImageSummary> listImages() {
        imageLists.incrementAndGet();
        return real.listImages();
    }

    @Override
    public DockerEndpoint endpoint() {
        return real.endpoint();
    }

    @Override
    public void ping(Duration timeout) {
        real.ping(timeout);
    }

    @Override
    public DaemonInfo info() {
        return real.info();
    }

    @Override
    public ImageDetails inspectImage(String idOrReference) {
        return real.inspectImage(idOrReference);
    }

    @Override
    public List<ImageHistoryEntry> imageHistory(String idOrReference) {
        return real.imageHistory(idOrReference);
    }

    @Override
    public ContainerDetails inspectContainer(String id) {
        return real.inspectContainer(id);
    }

    @Override
    public void startContainer(String id) {
        real.startContainer(id);
    }

    @Override
    public void stopContainer(String id, Duration gracePeriod) {
        real.stopContainer(id, gracePeriod);
    }

    @Override
    public void restartContainer(String id, Duration gracePeriod) {
        real.restartContainer(id, gracePeriod);
    }

    @Override
    public void removeContainer(String id, boolean force) {
        real.removeContainer(id, force);
    }

    @Override
    public void removeImage(String idOrReference, boolean force) {
        real.removeImage(idOrReference, force);
    }

    @Override
    public EventSubscription subscribeEvents(Instant since, EventSink sink) {
        return real.subscribeEvents(since, sink);
    }

    @Override
    public void close() {
        real.close();
    }
}
