package dev.drydock.app.gui.connection;

import dev.drydock.app.gui.connection.ConnectionSettingsViewModel.Mode;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionSettingsViewModelTest {

    @Test
    void startsFromTheRememberedAddress() {
        ConnectionSettingsViewModel model = new ConnectionSettingsViewModel(
                EndpointChoice.host("tcp://build-box:2376", true, "/home/me/certs"));
        assertThat(model.modeProperty().get()).isEqualTo(Mode.CUSTOM);
        assertThat(model.addressProperty().get()).isEqualTo("tcp://build-box:2376");
        assertThat(model.tlsVerifyProperty().get()).isTrue();
        assertThat(model.certFolderProperty().get()).isEqualTo("/home/me/certs");
        assertThat(model.choice()).contains(EndpointChoice.host("tcp://build-box:2376", true, "/home/me/certs"));
    }

    @Test
    void anAddressWithoutAKnownSchemeCannotBeApplied() {
        ConnectionSettingsViewModel model = new ConnectionSettingsViewModel(EndpointChoice.automatic());
        model.modeProperty().set(Mode.CUSTOM);
        assertThat(model.choice()).isEmpty();
        model.addressProperty().set("build-box:2376");
        assertThat(model.problemProperty().get()).contains("unix://, tcp://");
        assertThat(model.choice()).isEmpty();
        model.addressProperty().set("tcp://");
        assertThat(model.problemProperty().get()).contains("needs a host");
        model.addressProperty().set(" tcp://build-box:2375 ");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.choice()).contains(EndpointChoice.host("tcp://build-box:2375", false, null));
    }

    @Test
    void automaticNeedsNothingElse() {
        ConnectionSettingsViewModel model = new ConnectionSettingsViewModel(EndpointChoice.host("tcp://x:1", false, null));
        model.modeProperty().set(Mode.AUTOMATIC);
        assertThat(model.choice()).contains(EndpointChoice.automatic());
    }

    @Test
    void aDetectedDaemonMustBePicked() {
        ConnectionSettingsViewModel model = new ConnectionSettingsViewModel(EndpointChoice.automatic());
        model.modeProperty().set(Mode.DETECTED);
        assertThat(model.problemProperty().get()).isEqualTo("Pick one of the daemons found.");
    }
}
