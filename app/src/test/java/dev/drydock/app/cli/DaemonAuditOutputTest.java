package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.audit.daemon.DaemonAudit;
import dev.drydock.core.audit.daemon.DaemonAuditInput;
import dev.drydock.core.audit.daemon.DaemonAuditReport;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code audit daemon}'s tty and json output for a daemon on this machine (its files read from a host
 * tree) and for a remote one: the daemon's files under their heading, problems with the exact fix, and one
 * shared reason when none of them can be checked.
 */
class DaemonAuditOutputTest {

    static final DockerEndpoint LOCAL = DockerEndpoint.of(DockerEndpoint.DEFAULT_UNIX_SOCKET, "default socket");
    static final DockerEndpoint REMOTE = DockerEndpoint.of("tcp://build-host:2376", "--host option");

    @TempDir
    Path host;

    static DaemonInfo daemon(String operatingSystem) {
        return new DaemonInfo("20.10.24", "1.41", "1.12", "1.41", operatingSystem, "linux", "6.1.0-28-amd64", "x86_64",
                "overlay2", "json-file", "systemd", "2", List.of("name=seccomp,profile=default", "name=apparmor"),
                List.of("runc"), "runc", false, 1, 0, 0, 0, 0, "host", 2, 1L << 30, "/var/lib/docker");
    }

    private DaemonAuditReport audit(DaemonInfo info, DockerEndpoint endpoint) {
        return DaemonAudit.standard(host).run(new DaemonAuditInput(info, endpoint));
    }

    private void file(String hostPath, String mode) throws IOException {
        Path path = host.resolve(hostPath.substring(1));
        Files.createDirectories(path.getParent());
        Files.writeString(path, "");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    private static String tty(DaemonAuditReport report, DockerEndpoint endpoint) {
        StringWriter text = new StringWriter();
        DaemonAuditText.print(report, endpoint, new PrintWriter(text));
        return text.toString();
    }

    @Test
    void onTheDockerHostTheFilesAreJudgedWithTheExactFix() throws IOException {
        file("/var/run/docker.sock", "rw-rw-rw-");
        file("/lib/systemd/system/docker.service", "rw-r--r--");

        String out = tty(audit(daemon("Debian GNU/Linux 12 (bookworm)"), LOCAL), LOCAL);

        assertThat(out).contains("\nThe daemon's files on its host (CIS 3):\n");
        assertThat(out).containsPattern("(?m)^passed +DH3002 \\(CIS 3\\.2\\)  docker\\.service has permissions 644 or stricter$");
        assertThat(out).contains("         Checked /lib/systemd/system/docker.service.");
        assertThat(out).containsPattern("(?m)^PROBLEM +DH3016 \\(CIS 3\\.16\\)  docker\\.sock has permissions 660 or stricter$");
        assertThat(out).contains("         ERROR: Permissions of /var/run/docker.sock too open\n",
                "           advice: chmod 660 /var/run/docker.sock\n");
        assertThat(out).containsPattern("(?m)^n/a +DH3022 \\(CIS 3\\.22\\)  /etc/sysconfig/docker is owned by root:root\n"
                + " +reason \\(DH3021 to DH3022\\): Not present on this host: no /etc/sysconfig/docker\\.$");
        assertThat(out).contains("Each registry certificate is owned by root:root");
    }

    @Test
    void passedAndFailedDaemonChecksReadRight() {
        String out = tty(audit(daemon("Debian GNU/Linux 12 (bookworm)"), LOCAL), LOCAL);

        assertThat(out).containsPattern("(?m)^passed +DH2003 \\(CIS 2\\.5\\)  Registries are reached over TLS$");
        assertThat(out).containsPattern("(?m)^PROBLEM +DH2002 \\(CIS 2\\.15\\)  Live restore is on\n +INFO: Live restore is off$");
    }

    @Test
    void aRemoteDaemonsFilesShareOneReason() throws IOException {
        file("/var/run/docker.sock", "rw-rw-rw-");

        String out = tty(audit(daemon("Debian GNU/Linux 12 (bookworm)"), REMOTE), REMOTE);

        assertThat(out).containsPattern("(?m)^n/a +DH3001 \\(CIS 3\\.1\\)  docker\\.service is owned by root:root\nn/a +DH3002 ");
        assertThat(out).containsOnlyOnce("reason (DH3001 to DH3024): The daemon is reached at tcp://build-host:2376");
        assertThat(out).doesNotContain("chmod");
    }

    @Test
    void jsonKeepsTheIdsAndGivesTheFixAsAdvice() throws IOException {
        file("/var/run/docker.sock", "rw-rw-rw-");
        StringWriter text = new StringWriter();
        JsonOutput.print(new PrintWriter(text), DaemonAuditJson.of(audit(daemon("Docker Desktop"), LOCAL)));
        StringWriter localText = new StringWriter();
        JsonOutput.print(new PrintWriter(localText), DaemonAuditJson.of(audit(daemon("Debian GNU/Linux 12"), LOCAL)));

        JsonNode desktop = check(new ObjectMapper().readTree(text.toString()), "DH3016");
        JsonNode local = check(new ObjectMapper().readTree(localText.toString()), "DH3016");

        assertThat(desktop.get("status").asText()).isEqualTo("not-applicable");
        assertThat(desktop.get("note").asText()).contains("Docker Desktop's virtual machine");
        assertThat(local.get("status").asText()).isEqualTo("problems");
        assertThat(local.get("cis").asText()).isEqualTo("3.16");
        assertThat(local.get("title").asText()).isEqualTo("docker.sock has permissions 660 or stricter");
        assertThat(local.get("findings").get(0).get("advice").asText()).isEqualTo("chmod 660 /var/run/docker.sock");
    }

    private static JsonNode check(JsonNode root, String id) {
        for (JsonNode check : root.get("checks")) {
            if (check.get("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError(id + " missing from " + root);
    }
}
