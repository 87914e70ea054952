package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Mapping of the confinement fields of {@code GET /containers/{id}/json} as Docker 20.10 sends them. */
class ContainerInspectMappingTest {

    private static ContainerDetails details(String text) throws Exception {
        String json = text.replace('\'', '"');
        JsonNode node = Json.MAPPER.readTree(json);
        return ContainerInspectMapping.toDetails(node, json);
    }

    @Test
    void readsAppArmorSelinuxUlimitsCgroupParentInitAndKernelPaths() throws Exception {
        ContainerDetails details = details("""
                {'Id': 'abc', 'Name': '/web', 'Path': 'sh', 'AppArmorProfile': 'docker-default',
                 'ProcessLabel': 'system_u:system_r:container_t:s0:c1,c2',
                 'HostConfig': {'CgroupParent': '/system.slice', 'Init': true,
                   'Ulimits': [{'Name': 'nofile', 'Soft': 1024, 'Hard': 2048}, {'Name': 'nproc', 'Soft': 64, 'Hard': 64}],
                   'MaskedPaths': ['/proc/kcore', '/proc/keys'],
                   'ReadonlyPaths': ['/proc/bus', '/proc/sys']},
                 'Mounts': [{'Type': 'bind', 'Source': '/srv', 'Destination': '/srv', 'Mode': '', 'RW': true,
                   'Propagation': 'rshared'}]}""");
        assertThat(details.appArmorProfile()).isEqualTo("docker-default");
        assertThat(details.processLabel()).isEqualTo("system_u:system_r:container_t:s0:c1,c2");
        assertThat(details.host().ulimits()).containsExactly("nofile=1024:2048", "nproc=64:64");
        assertThat(details.host().cgroupParent()).isEqualTo("/system.slice");
        assertThat(details.host().init()).isTrue();
        assertThat(details.host().maskedPaths()).containsExactly("/proc/kcore", "/proc/keys");
        assertThat(details.host().readonlyPaths()).containsExactly("/proc/bus", "/proc/sys");
        assertThat(details.mounts()).extracting(m -> m.propagation()).containsExactly("rshared");
    }

    @Test
    void absentOrNullFieldsAreEmptyAndInitIsOff() throws Exception {
        ContainerDetails details = details("""
                {'Id': 'abc', 'Name': '/web', 'AppArmorProfile': '',
                 'HostConfig': {'CgroupParent': '', 'Init': null, 'Ulimits': null, 'MaskedPaths': null}}""");
        assertThat(details.appArmorProfile()).isEmpty();
        assertThat(details.processLabel()).isEmpty();
        assertThat(details.host().ulimits()).isEmpty();
        assertThat(details.host().cgroupParent()).isEmpty();
        assertThat(details.host().init()).isFalse();
        assertThat(details.host().maskedPaths()).isEmpty();
        assertThat(details.host().readonlyPaths()).isEmpty();
    }

    @Test
    void readsTheProcessListOfTop() throws Exception {
        JsonNode top = Json.MAPPER.readTree("""
                {'Titles': ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
                 'Processes': [['root', '4242', '4220', '0', '17:40', '?', '00:00:00', '/usr/sbin/sshd -D'],
                               ['1000', '4250', '4242', '0', '17:41', '?', '00:00:00', 'sleep 600']]}"""
                .replace('\'', '"'));
        assertThat(ContainerInspectMapping.toProcesses(top)).containsExactly(
                new ContainerProcess("4242", "root", "/usr/sbin/sshd -D"),
                new ContainerProcess("4250", "1000", "sleep 600"));
    }
}
