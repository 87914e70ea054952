package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's "done when", end to end: a Dockerfile with the classic anti-patterns on a local base image
 * ({@code FROM node:latest}, {@code curl … | bash}, no USER, ADD of a URL, a secret in ENV, apt without
 * clean-up) is reported with ids, Hadolint aliases, lines and columns; {@code fix --write --pin-from-daemon}
 * leaves a file without any finding that has a safe fix; and that file builds with the real
 * {@code docker build}. The URL ADD downloads is served from this JVM on the loopback interface (the
 * daemon fetches it; nothing leaves the machine), and the RUN lines run offline against the shims of
 * {@link LocalNodeImage}.
 */
@DaemonTest
class ClassicAntiPatternsDaemonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private HttpServer server;

    @BeforeEach
    void serveTheDownload() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/app.txt", exchange -> {
            byte[] body = "downloaded by ADD\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServing() {
        server.stop(0);
    }

    @Test
    void lintReportsEachAntiPatternFixRemovesEverySafelyFixableOneAndTheResultBuilds() throws IOException {
        try (LocalNodeImage node = LocalNodeImage.load()) {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/app.txt";
            String from = "FROM " + node.latest() + "\n";
            LintWorkspace workspace = LintWorkspace.in(temp);
            workspace.write("Dockerfile", from
                    + "ENV API_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n"
                    + "ADD " + url + " /opt/app.txt\n"
                    + "RUN apt-get update && apt-get install -y ca-certificates\n"
                    + "RUN curl -fsSL http://get.example.com/install.sh | bash\n"
                    + "CMD [\"sh\"]\n");

            JsonNode findings = findings(workspace.run("lint", "--no-shellcheck", "--format", "json", "Dockerfile"));
            int latestColumn = from.indexOf(":latest") + 2;
            assertThat(summaries(findings)).contains(
                    "DD3007 DL3007 1:" + latestColumn,   // FROM …:latest
                    "DD5005 - 1:6",                      // no USER in the final stage
                    "DD5004 - 2:15",                     // a GitHub token in ENV
                    "DD5002 - 3:5",                      // ADD of a URL without --checksum
                    "DD3009 DL3009 4:5",                 // apt-get lists left behind
                    "DD5001 - 5:5");                     // a downloaded script piped into bash

            CliRun fix = workspace.run("fix", "--no-shellcheck", "--write", "--pin-from-daemon", "Dockerfile");
            assertThat(fix.exitCode()).isNotEqualTo(ExitCodes.ERROR);
            String fixed = workspace.read("Dockerfile");
            assertThat(fixed).startsWith("FROM " + node.version() + "\n")
                    .contains("apt-get install --no-install-recommends -y ca-certificates", "rm -rf /var/lib/apt/lists/*");

            JsonNode left = findings(workspace.run("lint", "--no-shellcheck", "--pin-from-daemon", "--format", "json", "Dockerfile"));
            assertThat(withSafeFix(left)).as("findings that still have a safe fix").isEmpty();
            assertThat(summaries(left)).noneMatch(s -> s.startsWith("DD3007") || s.startsWith("DD3009") || s.startsWith("DD3015"));

            String built = TestImages.uniqueTag("antipatterns-fixed");
            try {
                DockerCli.lines("build", "-q", "--network", "none", "--label", TestImages.RUN_LABEL + "=" + TestImages.RUN_ID,
                        "-t", built, temp.toString());
                assertThat(DockerCli.lines("run", "--rm", "--network", "none", built, "cat", "/installed-by-script.txt", "/opt/app.txt"))
                        .containsExactly("installed", "downloaded by ADD");
            } finally {
                removeQuietly(built);
            }
        }
    }

    private static JsonNode findings(CliRun run) throws IOException {
        assertThat(run.err()).doesNotContain("Exception");
        return JSON.readTree(run.out()).path("files").path(0).path("findings");
    }

    /** {@code "DD3007 DL3007 1:26"}: rule, Hadolint alias (or -), line and column. */
    private static List<String> summaries(JsonNode findings) {
        List<String> summaries = new ArrayList<>();
        for (JsonNode finding : findings) {
            JsonNode location = finding.path("location");
            summaries.add(finding.path("rule").asText() + " " + finding.path("hadolint").asText("-") + " "
                    + location.path("startLine").asInt() + ":" + location.path("startColumn").asInt());
        }
        return summaries;
    }

    private static List<String> withSafeFix(JsonNode findings) {
        List<String> safe = new ArrayList<>();
        for (JsonNode finding : findings) {
            for (JsonNode fix : finding.path("fixes")) {
                if (fix.path("safety").asText().equals("safe")) {
                    safe.add(finding.path("rule").asText() + ": " + fix.path("title").asText());
                }
            }
        }
        return safe;
    }

    private static void removeQuietly(String tag) {
        try {
            DockerCli.lines("image", "rm", "-f", tag);
        } catch (AssertionError nothingToRemove) {
            // the image was never built
        }
    }
}
