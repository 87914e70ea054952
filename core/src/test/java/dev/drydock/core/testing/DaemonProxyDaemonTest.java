package dev.drydock.core.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The proxy itself: forwards HTTP to the daemon, refuses while cut, listens on the same port after restore. */
@DaemonTest
class DaemonProxyDaemonTest {

    private static String ping(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void forwardsToTheDaemon() throws IOException {
        try (DaemonProxy proxy = DaemonProxy.toTestDaemon()) {
            assertThat(ping(proxy.port())).startsWith("HTTP/1.0 200").endsWith("OK");
        }
    }

    @Test
    void refusesWhileCutAndAnswersAgainOnTheSamePortAfterRestore() throws IOException {
        try (DaemonProxy proxy = DaemonProxy.toTestDaemon()) {
            int port = proxy.port();
            proxy.cut();
            // refused, or reset when the connection raced the closing listener: either way no answer
            assertThatThrownBy(() -> ping(port)).isInstanceOf(SocketException.class);
            proxy.restore();
            assertThat(proxy.port()).isEqualTo(port);
            assertThat(ping(port)).startsWith("HTTP/1.0 200");
        }
    }

    @Test
    void cutClosesOpenConnections() throws IOException {
        try (DaemonProxy proxy = DaemonProxy.toTestDaemon(); Socket idle = new Socket("127.0.0.1", proxy.port())) {
            await().until(() -> proxy.openConnections() == 1);
            proxy.cut();
            assertThat(idle.getInputStream().read()).isEqualTo(-1);
            assertThat(proxy.openConnections()).isZero();
        }
    }
}
