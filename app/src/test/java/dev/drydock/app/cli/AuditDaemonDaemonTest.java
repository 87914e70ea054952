package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.audit.daemon.DaemonAudit;
import dev.drydock.core.audit.daemon.DaemonCheck;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock audit daemon} on the real daemon: every check is listed with its outcome. */
@DaemonTest
class AuditDaemonDaemonTest {

    static final List<String> CHECK_IDS = DaemonAudit.standard().checks().stream().map(DaemonCheck::id).toList();

    @Test
    void ttyListsEveryCheckWithItsOutcomeAndASummary() {
        CliRun run = CliRun.of("audit", "daemon", "-H", TestDocker.endpoint().uri());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Daemon at " + TestDocker.endpoint().uri());
        for (String id : CHECK_IDS) {
            assertThat(run.out()).containsPattern("(?m)^(passed|PROBLEM|n/a) +" + id + "\\b");
        }
        assertThat(run.out()).containsPattern(CHECK_IDS.size() + " checks: \\d+ passed, \\d+ with problems, \\d+ not applicable\\.");
    }

    @Test
    void onTheDockerHostTheSocketsModeIsReadNotSkipped() {
        DockerEndpoint endpoint = TestDocker.endpoint();
        boolean local = endpoint.scheme().equals("unix") && Files.exists(Path.of(URI.create(endpoint.uri()).getPath()));

        CliRun run = CliRun.of("audit", "daemon", "-H", endpoint.uri());

        assertThat(run.out()).contains("The daemon's files on its host (CIS 3):");
        assertThat(run.out()).containsPattern("(?m)^" + (local ? "(passed|PROBLEM)" : "n/a")
                + " +DH3016 \\(CIS 3\\.16\\)  docker\\.sock has permissions 660 or stricter$");
    }

    @Test
    void jsonHasEveryCheckWithStatusAndEveryProblemWithAdvice() throws IOException {
        CliRun run = CliRun.of("audit", "daemon", "--format", "json", "-H", TestDocker.endpoint().uri());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode checks = new ObjectMapper().readTree(run.out()).get("checks");
        List<String> ids = new ArrayList<>();
        checks.forEach(check -> {
            ids.add(check.get("id").asText());
            String status = check.get("status").asText();
            assertThat(status).isIn("passed", "problems", "not-applicable");
            if (status.equals("problems")) {
                assertThat(check.get("findings")).isNotEmpty().allSatisfy(f -> assertThat(f.get("advice").asText()).isNotBlank());
            }
            if (status.equals("not-applicable")) {
                assertThat(check.get("note").asText()).isNotBlank();
            }
        });
        assertThat(ids).containsExactlyElementsOf(CHECK_IDS);
    }
}
