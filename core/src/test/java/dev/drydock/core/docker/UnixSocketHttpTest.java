package dev.drydock.core.docker;

import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HTTP framing the real daemon does not show (it answers with plain chunked or Content-Length
 * bodies, which the daemon tests cover): chunk extensions and many small chunks, a body that ends
 * with the connection, a connection cut mid-answer, a daemon that never answers. A unix-socket
 * server on loopback writes the raw answers.
 */
class UnixSocketHttpTest {

    @TempDir
    Path temp;

    private ServerSocketChannel server;
    private final AtomicReference<String> request = new AtomicReference<>();

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sendsAPlainGetAndReadsStatusHeadersAndAChunkedBody() throws Exception {
        Path socket = serve("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\ntransfer-encoding: chunked\r\n\r\n"
                + "3;name=value\r\n[{\"\r\n"
                + "1\r\nI\r\n"
                + "9\r\nd\":\"a\"}]\n\r\n"
                + "0\r\nTrailer: x\r\n\r\n", false);
        try (Response response = client(socket, Duration.ofSeconds(5)).execute(get("/containers/json?all=1"))) {
            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(response.getHeader("api-version")).isEqualTo("1.41");
            assertThat(body(response)).isEqualTo("[{\"Id\":\"a\"}]\n");
        }
        assertThat(request.get()).startsWith("GET /containers/json?all=1 HTTP/1.1\r\n").contains("\r\nHost: ")
                .endsWith("\r\n\r\n");
    }

    @Test
    void readsAContentLengthBodyAndNoMore() throws Exception {
        Path socket = serve("HTTP/1.1 404 Not Found\r\nContent-Length: 13\r\n\r\n{\"message\":1}garbage", false);
        try (Response response = client(socket, Duration.ofSeconds(5)).execute(get("/v1.41/images/x/json"))) {
            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(body(response)).isEqualTo("{\"message\":1}");
        }
    }

    @Test
    void withoutLengthTheBodyEndsWithTheConnection() throws Exception {
        Path socket = serve("HTTP/1.0 200 OK\r\n\r\nOK", false);
        try (Response response = client(socket, Duration.ofSeconds(5)).execute(get("/_ping"))) {
            assertThat(body(response)).isEqualTo("OK");
        }
    }

    @Test
    void anAnswerCutShortIsAnErrorNotAShortBody() throws Exception {
        Path socket = serve("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n[{\"Id\":", false);
        DaemonHttp http = new DaemonHttp(client(socket, Duration.ofSeconds(5)), errors(socket));
        assertThatThrownBy(() -> http.getText("/containers/json", "daemon", ""))
                .isInstanceOfSatisfying(DaemonAccessException.class,
                        e -> assertThat(e.getMessage()).contains("closed the connection in the middle"));
    }

    @Test
    void aDaemonThatNeverAnswersTimesOut() throws Exception {
        Path socket = serve("", true);
        DaemonHttp http = new DaemonHttp(client(socket, Duration.ofMillis(200)), errors(socket));
        assertThatThrownBy(() -> http.getText("/info", "daemon", ""))
                .isInstanceOfSatisfying(DaemonAccessException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.TIMEOUT))
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void onlyGetsAreSent() {
        UnixSocketHttp client = client(temp.resolve("none.sock"), Duration.ofSeconds(1));
        Request post = Request.builder().method(Request.Method.POST).path("/containers/x/start").build();
        assertThatThrownBy(() -> client.execute(post)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingSocketFailsAsAnIoError() {
        UnixSocketHttp client = client(temp.resolve("none.sock"), Duration.ofSeconds(1));
        assertThatThrownBy(() -> client.execute(get("/_ping"))).isInstanceOf(UncheckedIOException.class);
    }

    /** Accepts one connection, reads the request head, writes {@code answer}, closes unless told to hang. */
    private Path serve(String answer, boolean hang) throws IOException {
        Path socket = temp.resolve("daemon.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread thread = new Thread(() -> {
            try (SocketChannel client = server.accept()) {
                request.set(readHead(client));
                client.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8)));
                if (hang) {
                    Thread.sleep(5_000);
                }
            } catch (IOException | InterruptedException ignored) {
                // the test asserts what the client saw
            }
        }, "test-unix-server");
        thread.setDaemon(true);
        thread.start();
        return socket;
    }

    private static String readHead(SocketChannel client) throws IOException {
        StringBuilder head = new StringBuilder();
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        while (!head.toString().endsWith("\r\n\r\n") && client.read(buffer) > 0) {
            buffer.flip();
            head.append(StandardCharsets.US_ASCII.decode(buffer));
            buffer.clear();
        }
        return head.toString();
    }

    private static UnixSocketHttp client(Path socket, Duration timeout) {
        return new UnixSocketHttp(socket, timeout);
    }

    private static DaemonErrors errors(Path socket) {
        return new DaemonErrors(DockerEndpoint.of("unix://" + socket, "test"));
    }

    private static Request get(String path) {
        return Request.builder().method(Request.Method.GET).path(path).build();
    }

    private static String body(Response response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.getBody().transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
