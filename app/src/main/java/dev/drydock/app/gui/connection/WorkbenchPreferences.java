package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.endpoint.EndpointChoice;

import java.util.Optional;

/** What the workbench remembers between runs. Implementations never throw: a failed save is ignored. */
public interface WorkbenchPreferences {

    EndpointChoice endpointChoice();

    void saveEndpointChoice(EndpointChoice choice);

    Optional<WindowSize> windowSize();

    void saveWindowSize(WindowSize size);

    record WindowSize(double width, double height, boolean maximized) {
    }

    /** Remembers for this run only: for tests and when no settings file can be written. */
    static WorkbenchPreferences inMemory() {
        return new WorkbenchPreferences() {
            private EndpointChoice choice = EndpointChoice.automatic();
            private WindowSize size;

            @Override
            public EndpointChoice endpointChoice() {
                return choice;
            }

            @Override
            public void saveEndpointChoice(EndpointChoice newChoice) {
                choice = newChoice;
            }

            @Override
            public Optional<WindowSize> windowSize() {
                return Optional.ofNullable(size);
            }

            @Override
            public void saveWindowSize(WindowSize newSize) {
                size = newSize;
            }
        };
    }
}
