package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.settings.DrydockSettings;
import dev.drydock.core.settings.DrydockSettings.WindowSize;

import java.util.Optional;

/** What the workbench remembers between runs. Saving never blocks the UI and never throws. */
public interface WorkbenchPreferences {

    EndpointChoice endpointChoice();

    void saveEndpointChoice(EndpointChoice choice);

    Optional<WindowSize> windowSize();

    void saveWindowSize(WindowSize size);

    /** Why the saved settings could not be used, for a one-time notice; empty when they could. */
    default Optional<String> loadProblem() {
        return Optional.empty();
    }

    /** Remembers for this run only: for tests. */
    static WorkbenchPreferences inMemory() {
        return new WorkbenchPreferences() {
            private DrydockSettings settings = DrydockSettings.defaults();

            @Override
            public EndpointChoice endpointChoice() {
                return settings.endpoint();
            }

            @Override
            public void saveEndpointChoice(EndpointChoice choice) {
                settings = settings.withEndpoint(choice);
            }

            @Override
            public Optional<WindowSize> windowSize() {
                return Optional.ofNullable(settings.window());
            }

            @Override
            public void saveWindowSize(WindowSize size) {
                settings = settings.withWindow(size);
            }
        };
    }
}
