package dev.drydock.core.docker;

import com.github.dockerjava.transport.DockerHttpClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The read transport for {@code unix://} endpoints: HTTP/1.1 GETs over the JDK's own unix-domain
 * {@link SocketChannel}, one short connection per request ({@code Connection: close}).
 *
 * <p>Why not docker-java's Apache HttpClient 5 transport, which the actions and tcp/TLS/npipe
 * endpoints keep using: on the {@code drydock containers} path (1,000 containers, 648 KB answer)
 * building that client cost ~170 ms of a 477 ms run: it loads ~800 HttpClient classes and builds a
 * default TLS context (reading the JDK trust store) even for a unix socket. This class needs a
 * dozen JDK classes; switching to it took that run from 477 to 394 ms (CPU 525 to 406 ms). Reads
 * are plain GETs of JSON, so the little HTTP they need (status line, headers,
 * {@code Content-Length} or chunked bodies) is all there is here; anything else is refused.
 *
 * <p>Failures arrive as {@link UncheckedIOException} around the JDK's exception (as docker-java's
 * transports wrap theirs) for {@link DaemonErrors} to translate.
 */
final class UnixSocketHttp implements DockerHttpClient {

    private final Path socket;
    private final Duration responseTimeout;

    /** GETs on the socket at {@code socket}; {@code responseTimeout} null lets reads wait forever (streams). */
    UnixSocketHttp(Path socket, Duration responseTimeout) {
        this.socket = socket;
        this.responseTimeout = responseTimeout;
    }

    @Override
    public Response execute(Request request) {
        if (!"GET".equals(request.method())) {
            throw new IllegalArgumentException("the unix-socket read transport only sends GET, not " + request.method());
        }
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            send(channel, request.path());
            SocketInput in = new SocketInput(channel, responseTimeout);
            return read(in);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void send(SocketChannel channel, String path) throws IOException {
        String head = "GET " + path + " HTTP/1.1\r\nHost: docker\r\nUser-Agent: drydock\r\n"
                + "Accept: application/json\r\nConnection: close\r\n\r\n";
        ByteBuffer bytes = ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private static Response read(SocketInput in) throws IOException {
        String statusLine = in.readLine();
        if (statusLine == null) {
            throw new IOException("the daemon closed the connection without answering");
        }
        String[] status = statusLine.split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int code;
        try {
            code = Integer.parseInt(status[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: " + statusLine, e);
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>(1))
                        .add(line.substring(colon + 1).trim());
            }
        }
        return new SocketResponse(code, headers, body(in, headers));
    }

    private static HttpBody body(SocketInput in, Map<String, List<String>> headers) throws IOException {
        String encoding = first(headers, "Transfer-Encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return HttpBody.chunked(in);
        }
        String length = first(headers, "Content-Length");
        if (length == null) {
            return HttpBody.untilClose(in);
        }
        try {
            return HttpBody.ofLength(in, Long.parseLong(length.trim()));
        } catch (NumberFormatException e) {
            throw new IOException("not a Content-Length: " + length, e);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the failure that led here is the one to report
            }
        }
    }

    /** Each request has its own connection, closed with its response: nothing to close here. */
    @Override
    public void close() {
    }

    private record SocketResponse(int status, Map<String, List<String>> headers, HttpBody body) implements Response {

        @Override
        public int getStatusCode() {
            return status;
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return headers;
        }

        @Override
        public InputStream getBody() {
            return body;
        }

        @Override
        public void close() {
            try {
                body.close();
            } catch (IOException ignored) {
                // closing a socket we are done with cannot fail in a way anyone could act on
            }
        }
    }
}
