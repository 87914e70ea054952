package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.daemon.DaemonInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Mapping of {@code /version} and {@code /info} answers as a Debian-packaged Docker 20.10 sends them. */
class InfoMappingTest {

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text.replace('\'', '"'));
    }

    private static final String VERSION = """
            {'Version': '20.10.24+dfsg1', 'ApiVersion': '1.41', 'MinAPIVersion': '1.12',
             'Components': [
               {'Name': 'Engine', 'Version': '20.10.24+dfsg1'},
               {'Name': 'containerd', 'Version': '1.6.20~ds1'},
               {'Name': 'runc', 'Version': '1.1.5+ds1'},
               {'Name': 'docker-init', 'Version': '0.19.0'}]}""";

    private static final String INFO = """
            {'ServerVersion': '20.10.24+dfsg1', 'KernelVersion': '6.1.0-18-amd64', 'LiveRestoreEnabled': true,
             'ExperimentalBuild': false, 'SecurityOptions': ['name=seccomp,profile=default', 'name=no-new-privileges'],
             'RegistryConfig': {'InsecureRegistryCIDRs': ['127.0.0.0/8', '10.1.0.0/16'],
               'IndexConfigs': {
                 'docker.io': {'Name': 'docker.io', 'Secure': true, 'Official': true},
                 'registry.lan:5000': {'Name': 'registry.lan:5000', 'Secure': false, 'Official': false}}}}""";

    @Test
    void readsRuntimeComponentVersions() throws Exception {
        DaemonInfo info = InfoMapping.toInfo(json(VERSION), json(INFO), ApiVersion.parse("1.41"));
        assertThat(info.containerdVersion()).isEqualTo("1.6.20~ds1");
        assertThat(info.runcVersion()).isEqualTo("1.1.5+ds1");
    }

    @Test
    void readsLiveRestoreInsecureRegistriesAndNoNewPrivileges() throws Exception {
        DaemonInfo info = InfoMapping.toInfo(json(VERSION), json(INFO), ApiVersion.parse("1.41"));
        assertThat(info.liveRestoreEnabled()).isTrue();
        assertThat(info.experimental()).isFalse();
        assertThat(info.insecureRegistries()).containsExactly("127.0.0.0/8", "10.1.0.0/16", "registry.lan:5000");
        assertThat(info.noNewPrivilegesByDefault()).isTrue();
    }

    @Test
    void oldDaemonsWithoutComponentsGiveEmptyVersions() throws Exception {
        DaemonInfo info = InfoMapping.toInfo(json("{'Version': '18.06.1-ce'}"), json("{}"), ApiVersion.parse("1.38"));
        assertThat(info.serverVersion()).isEqualTo("18.06.1-ce");
        assertThat(info.runcVersion()).isEmpty();
        assertThat(info.containerdVersion()).isEmpty();
        assertThat(info.insecureRegistries()).isEmpty();
        assertThat(info.liveRestoreEnabled()).isFalse();
    }
}
