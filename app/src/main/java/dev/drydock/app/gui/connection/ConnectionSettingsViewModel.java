package dev.drydock.app.gui.connection;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.endpoint.EndpointCandidate;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The connection settings dialog: automatic (like the docker CLI), one of the detected daemons, or
 * an address the user types, with TLS settings. Produces the {@link EndpointChoice} to remember.
 */
public final class ConnectionSettingsViewModel {

    /** How the user wants to pick the daemon. */
    public enum Mode { AUTOMATIC, DETECTED, CUSTOM }

    private static final Set<String> SCHEMES = Set.of("unix", "tcp", "npipe", "ssh", "http", "https");

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.AUTOMATIC);
    private final ObservableList<EndpointCandidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<EndpointCandidate> selectedCandidate = new SimpleObjectProperty<>(this, "selectedCandidate");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final BooleanProperty tlsVerify = new SimpleBooleanProperty(this, "tlsVerify");
    private final StringProperty certFolder = new SimpleStringProperty(this, "certFolder", "");
    private final ReadOnlyStringWrapper candidatesStatus = new ReadOnlyStringWrapper(this, "candidatesStatus", "");
    private final StringBinding problem;
    private final EndpointChoice initial;

    public ConnectionSettingsViewModel(EndpointChoice current) {
        this.initial = current;
        switch (current.kind()) {
            case HOST -> {
                mode.set(Mode.CUSTOM);
                address.set(current.host());
                tlsVerify.set(Boolean.TRUE.equals(current.tlsVerify()));
                certFolder.set(current.certPath() == null ? "" : current.certPath());
            }
            case CONTEXT -> mode.set(Mode.DETECTED);
            default -> mode.set(Mode.AUTOMATIC);
        }
        problem = Bindings.createStringBinding(this::describeProblem, mode, selectedCandidate, address, tlsVerify, certFolder);
    }

    /** Looks for daemons on this machine off the UI thread. */
    public void detect(UiTaskRunner runner, ConnectionBackend backend) {
        candidatesStatus.set("Looking for Docker daemons…");
        runner.submit(UiTask.of("Looking for Docker daemons", (token, progress) -> backend.candidates()).quiet()
                .onSuccess(found -> {
                    candidates.setAll(found.stream().filter(c -> c.choice().kind() != EndpointChoice.Kind.AUTOMATIC).toList());
                    candidatesStatus.set(candidates.isEmpty() ? "No daemons found on this machine." : "");
                    candidates.stream().filter(c -> c.choice().equals(initial)).findFirst()
                            .or(() -> candidates.stream().filter(c -> !c.socketMissing()).findFirst())
                            .ifPresent(selectedCandidate::set);
                })
                .onFailure(error -> candidatesStatus.set(UserMessage.of("", error).message())));
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObservableList<EndpointCandidate> candidates() {
        return candidates;
    }

    public ObjectProperty<EndpointCandidate> selectedCandidateProperty() {
        return selectedCandidate;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public BooleanProperty tlsVerifyProperty() {
        return tlsVerify;
    }

    public StringProperty certFolderProperty() {
        return certFolder;
    }

    public ReadOnlyStringProperty candidatesStatusProperty() {
        return candidatesStatus.getReadOnlyProperty();
    }

    /** Why the current input cannot be applied; empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The choice to remember, when the input is complete. */
    public Optional<EndpointChoice> choice() {
        if (!describeProblem().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (mode.get()) {
            case AUTOMATIC -> EndpointChoice.automatic();
            case DETECTED -> selectedCandidate.get().choice();
            case CUSTOM -> EndpointChoice.host(address.get().trim(), tlsVerify.get(),
                    certFolder.get().isBlank() ? null : certFolder.get().trim());
        });
    }

    private String describeProblem() {
        return switch (mode.get()) {
            case AUTOMATIC -> "";
            case DETECTED -> selectedCandidate.get() == null ? "Pick one of the daemons found." : "";
            case CUSTOM -> addressProblem(address.get() == null ? "" : address.get().trim());
        };
    }

    static String addressProblem(String text) {
        if (text.isEmpty()) {
            return "Enter the daemon's address, e.g. tcp://build-box:2376 or unix:///var/run/docker.sock.";
        }
        int separator = text.indexOf("://");
        String scheme = separator < 0 ? "" : text.substring(0, separator).toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            return "The address must start with unix://, tcp://, ssh:// or npipe://.";
        }
        if (text.length() == separator + 3) {
            return "The address needs a host or a socket path after " + scheme + "://.";
        }
        return "";
    }
}
