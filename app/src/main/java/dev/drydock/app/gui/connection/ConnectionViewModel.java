package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.live.ConnectionState;
import dev.drydock.core.daemon.live.ConnectionState.Status;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the connection to the daemon stands, in words: the status bar line, the endpoint and how it
 * was chosen, and — while not connected — the banner that explains why, with the retry countdown.
 */
public final class ConnectionViewModel {

    private final Clock clock;
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "Not connected");
    private final ReadOnlyStringWrapper endpointText = new ReadOnlyStringWrapper(this, "endpointText", "");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyBooleanWrapper bannerShown = new ReadOnlyBooleanWrapper(this, "bannerShown");
    private final ReadOnlyStringWrapper bannerTitle = new ReadOnlyStringWrapper(this, "bannerTitle", "");
    private final ReadOnlyStringWrapper bannerMessage = new ReadOnlyStringWrapper(this, "bannerMessage", "");
    private final ReadOnlyStringWrapper bannerAdvice = new ReadOnlyStringWrapper(this, "bannerAdvice", "");
    private final ReadOnlyStringWrapper retryText = new ReadOnlyStringWrapper(this, "retryText", "");
    private Runnable retryAction = () -> { };
    private Instant retryAt;

    public ConnectionViewModel(Clock clock) {
        this.clock = clock;
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** {@code unix:///var/run/docker.sock (default socket)}. */
    public ReadOnlyStringProperty endpointTextProperty() {
        return endpointText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** True while the daemon cannot be reached: the window explains why and what to do. */
    public ReadOnlyBooleanProperty bannerShownProperty() {
        return bannerShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerTitleProperty() {
        return bannerTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerMessageProperty() {
        return bannerMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerAdviceProperty() {
        return bannerAdvice.getReadOnlyProperty();
    }

    /** "Trying again in 4 s (attempt 3)" while reconnecting; empty otherwise. */
    public ReadOnlyStringProperty retryTextProperty() {
        return retryText.getReadOnlyProperty();
    }

    /** What "Retry now" does: the current live connection's immediate retry. */
    public void setRetryAction(Runnable action) {
        this.retryAction = action;
    }

    public void retryNow() {
        retryText.set("Trying again now…");
        retryAt = null;
        retryAction.run();
    }

    /** A new endpoint is being used; shown until its first state arrives. */
    public void connecting(DockerEndpoint endpoint) {
        update(new ConnectionState(Status.CONNECTING, endpoint, null, null, 0, null));
    }

    public void update(ConnectionState newState) {
        state.set(newState);
        DockerEndpoint endpoint = newState.endpoint();
        endpointText.set(endpoint == null ? "" : endpoint.describe());
        connected.set(newState.connected());
        retryAt = newState.status() == Status.RECONNECTING && newState.nextRetry() != null
                ? clock.instant().plus(newState.nextRetry()) : null;
        statusText.set(switch (newState.status()) {
            case CONNECTING -> "Connecting…";
            case CONNECTED -> newState.info() == null ? "Connected"
                    : "Connected to Docker " + newState.info().serverVersion() + " (API " + newState.info().usedApiVersion() + ")";
            case RECONNECTING -> "Not connected — retrying";
            case OFFLINE -> "Offline";
        });
        showBanner(newState);
        tick();
    }

    private void showBanner(ConnectionState newState) {
        DaemonAccessException problem = newState.problem();
        boolean show = newState.status() == Status.RECONNECTING || newState.status() == Status.OFFLINE;
        bannerShown.set(show);
        if (!show) {
            bannerTitle.set("");
            bannerMessage.set("");
            bannerAdvice.set("");
            return;
        }
        bannerTitle.set(newState.status() == Status.OFFLINE ? "Drydock cannot reach a Docker daemon"
                : "The Docker daemon is not answering");
        bannerMessage.set(problem == null ? "The connection is closed." : problem.getMessage());
        bannerAdvice.set(problem == null ? "" : problem.advice());
    }

    /** Updates the retry countdown; the view calls it once a second. */
    public void tick() {
        ConnectionState current = state.get();
        if (current == null || current.status() != Status.RECONNECTING) {
            retryText.set("");
            return;
        }
        if (retryAt == null) {
            return;
        }
        long seconds = Math.max(0, (Duration.between(clock.instant(), retryAt).toMillis() + 999) / 1000);
        retryText.set(seconds == 0 ? "Trying again now… (attempt " + (current.attempt() + 1) + ")"
                : "Trying again in " + seconds + " s (attempt " + (current.attempt() + 1) + ")");
    }
}
