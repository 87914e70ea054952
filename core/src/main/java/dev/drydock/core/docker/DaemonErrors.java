package dev.drydock.core.docker;

import com.github.dockerjava.api.exception.DockerException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.net.ssl.SSLException;

import static dev.drydock.core.docker.DaemonTexts.text;

/**
 * The one place that turns what goes wrong while talking to a daemon (transport exceptions,
 * docker-java exceptions, HTTP error answers) into a {@link DaemonAccessException} a person can act
 * on. Nothing from docker-java or the HTTP stack leaves this package untranslated.
 *
 * <p>The transport's exception shapes were observed, not guessed: a missing unix socket gives
 * {@code SocketException("No such file or directory")}, a socket without a listener and a closed
 * TCP port give {@code ConnectException}, a socket this user may not open gives
 * {@code BindException("Permission denied")} (the JDK's mapping of {@code EACCES} on
 * {@code connect}), a plain-HTTP server behind a TLS endpoint gives {@code SSLException}; all
 * arrive wrapped in a {@code RuntimeException} by the docker-java transport.
 */
final class DaemonErrors {

    private final DockerEndpoint endpoint;

    DaemonErrors(DockerEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * Translates a failure of a request about {@code kind} {@code name} (e.g. {@code "image"},
     * {@code "alpine:3.20"}; kind {@code "daemon"} for requests about the daemon itself).
     */
    DaemonAccessException translate(Throwable failure, String kind, String name) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            DaemonAccessException known = classify(t, kind, name);
            if (known != null) {
                return known;
            }
        }
        if (hasCause(failure, IOException.class)) {
            return new DaemonAccessException(Problem.DAEMON_ERROR, text("io-error.message", uri(), detail(failure)),
                    text("io-error.advice"), failure);
        }
        return new DaemonAccessException(Problem.DAEMON_ERROR,
                text("daemon-error.message", subject(kind, name), detail(failure)), text("daemon-error.advice"), failure);
    }

    /** Translates an HTTP error answer; {@code body} is the daemon's JSON error (or any text). */
    DaemonAccessException fromStatus(int status, String body, String kind, String name) {
        String said = daemonMessage(body);
        String subject = subject(kind, name);
        DaemonAccessException creation = creationRefused(status, said);
        if (creation != null) {
            return creation;
        }
        if (status == 404) {
            return new DaemonAccessException(Problem.NOT_FOUND, text("not-found.message", subject, said),
                    text("not-found.advice"));
        }
        if (status == 409) {
            return conflict(said, kind, name, subject);
        }
        return new DaemonAccessException(Problem.DAEMON_ERROR,
                text("daemon-error.message", subject, said + " (HTTP " + status + ")"), text("daemon-error.advice"));
    }

    /** The daemon answered with no usable API version. */
    DaemonAccessException unknownApi(String detail) {
        return new DaemonAccessException(Problem.DAEMON_ERROR, text("api-unknown.message", uri(), detail),
                text("api-unknown.advice"));
    }

    DaemonAccessException apiTooOld(ApiVersion daemon) {
        return new DaemonAccessException(Problem.API_TOO_OLD,
                text("api-too-old.message", uri(), daemon, ApiVersion.OLDEST_SUPPORTED), text("api-too-old.advice"));
    }

    DaemonAccessException timeout(String what) {
        return new DaemonAccessException(Problem.TIMEOUT, text("timeout.message", uri(), what), text("timeout.advice"));
    }

    DaemonAccessException streamEnded() {
        return new DaemonAccessException(Problem.DAEMON_DOWN, text("stream-ended.message", uri()),
                text("stream-ended.advice"));
    }

    private DaemonAccessException classify(Throwable t, String kind, String name) {
        if (t instanceof DaemonAccessException known) {
            return known;
        }
        if (t instanceof DockerException answer) {
            return fromStatus(answer.getHttpStatus(), answer.getMessage(), kind, name);
        }
        if (t instanceof SSLException || t instanceof GeneralSecurityException) {
            String folder = endpoint.certificates().map(Object::toString).orElse("the certificate folder");
            return new DaemonAccessException(Problem.TLS_FAILURE, text("tls.message", uri(), detail(t)),
                    text("tls.advice", uri(), folder), t);
        }
        if (permissionDenied(t)) {
            boolean local = "unix".equals(endpoint.scheme()) || "npipe".equals(endpoint.scheme());
            String key = local ? "permission" : "permission-remote";
            return new DaemonAccessException(Problem.PERMISSION_DENIED, text(key + ".message", uri()),
                    text(key + ".advice"), t);
        }
        if (t instanceof InterruptedIOException) {
            return new DaemonAccessException(Problem.TIMEOUT, text("timeout.message", uri(), detail(t)),
                    text("timeout.advice"), t);
        }
        if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                || t instanceof NoSuchFileException || missingSocket(t)) {
            return new DaemonAccessException(Problem.DAEMON_DOWN, text("down.message", uri()), text("down.advice"), t);
        }
        if (t instanceof NoHttpResponseException || t instanceof ConnectionClosedException
                || t instanceof SocketException) {
            return new DaemonAccessException(Problem.DAEMON_DOWN, text("lost.message", uri(), detail(t)),
                    text("lost.advice"), t);
        }
        return null;
    }

    /**
     * The refusals of creating or starting a container that name their cause in the daemon's words
     * (Docker 20.10 and later): a name taken, a host port taken, an image missing.
     */
    private static DaemonAccessException creationRefused(int status, String said) {
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.contains("is already in use by container")) {
            return new DaemonAccessException(Problem.CONFLICT, text("name-in-use.message", said),
                    text("name-in-use.advice"));
        }
        if (lower.contains("port is already allocated") || lower.contains("address already in use")) {
            return new DaemonAccessException(Problem.CONFLICT, text("port-in-use.message", said),
                    text("port-in-use.advice"));
        }
        if (status == 404 && lower.startsWith("no such image")) {
            return new DaemonAccessException(Problem.NOT_FOUND, text("image-missing.message", said),
                    text("image-missing.advice"));
        }
        return null;
    }

    private DaemonAccessException conflict(String said, String kind, String name, String subject) {
        String lower = said.toLowerCase(Locale.ROOT);
        if ("image".equals(kind) && (lower.contains("is using") || lower.contains("being used"))) {
            String advice = lower.contains("cannot be forced") || lower.contains("running container")
                    ? text("image-in-use-running.advice") : text("image-in-use.advice");
            return new DaemonAccessException(Problem.CONFLICT, text("image-in-use.message", name, said),
                    advice);
        }
        if ("container".equals(kind) && lower.contains("running container")) {
            return new DaemonAccessException(Problem.CONFLICT,
                    text("container-running.message", name, said), text("container-running.advice"));
        }
        return new DaemonAccessException(Problem.CONFLICT, text("conflict.message", subject, said),
                text("conflict.advice"));
    }

    private static boolean permissionDenied(Throwable t) {
        if (t instanceof AccessDeniedException) {
            return true;
        }
        return t instanceof IOException && messageContains(t, "permission denied");
    }

    private static boolean missingSocket(Throwable t) {
        return t instanceof SocketException && (messageContains(t, "no such file") || messageContains(t, "refused"));
    }

    private static boolean messageContains(Throwable t, String part) {
        return t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(part);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The daemon's own words from an error body such as {@code {"message":"No such image: x"}},
     * also when docker-java prefixed it with {@code Status 404: }.
     */
    static String daemonMessage(String body) {
        if (body == null || body.isBlank()) {
            return "no details";
        }
        int brace = body.indexOf('{');
        if (brace >= 0) {
            try {
                JsonNode json = Json.MAPPER.readTree(body.substring(brace));
                if (json != null && json.hasNonNull("message")) {
                    return json.get("message").asText().trim();
                }
            } catch (IOException notJson) {
                // fall through to the plain text
            }
        }
        String plain = body.strip();
        return plain.length() > 500 ? plain.substring(0, 500) + "…" : plain;
    }

    private static String subject(String kind, String name) {
        return "daemon".equals(kind) ? "the daemon" : kind + " " + name;
    }

    private static String detail(Throwable t) {
        Throwable deepest = t;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        return message == null || message.isBlank() ? deepest.getClass().getSimpleName() : message;
    }

    private String uri() {
        return endpoint.uri();
    }
}
