package dev.drydock.core.vuln.db;

import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.db.VulnerabilityDatabaseException.Problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Downloads with the limits an update needs: a connect timeout, a read timeout that also covers a
 * source that stops in the middle, a byte cap checked against {@code Content-Length} before the first
 * byte and against the bytes received as they come, progress, and cancelling. The waiting happens on
 * the caller's thread, which also reports the progress.
 */
final class HttpFetcher {

    private static final long POLL_MILLIS = 100;

    private final HttpClient client;
    private final Duration readTimeout;

    HttpFetcher(Duration connectTimeout, Duration readTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.readTimeout = readTimeout;
    }

    /** Downloads {@code uri} into {@code target}; false when the source has no such file (HTTP 404). */
    boolean toFile(URI uri, Path target, long maxBytes, String label, ProgressListener progress, CancellationToken cancel) {
        try (OutputStream out = Files.newOutputStream(target)) {
            return fetch(uri, out, maxBytes, label, progress, cancel);
        } catch (IOException e) {
            throw new VulnerabilityDatabaseException(Problem.WRITE_FAILED, "The download of " + label
                    + " could not be saved in " + target.getParent() + ": " + e.getMessage() + ".",
                    "Check the free space in that folder; the database in use is unchanged.", e);
        }
    }

    /** Downloads {@code uri} into memory; empty when the source has no such file (HTTP 404). */
    Optional<byte[]> toBytes(URI uri, long maxBytes, String label, CancellationToken cancel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return fetch(uri, out, maxBytes, label, ProgressListener.none(), cancel)
                ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    private boolean fetch(URI uri, OutputStream out, long maxBytes, String label, ProgressListener progress,
                          CancellationToken cancel) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).header("User-Agent", "Drydock").GET().build();
        CappedSink sink = new CappedSink(out, maxBytes);
        CompletableFuture<HttpResponse<Long>> answer = client.sendAsync(request, sink::forResponse);
        long waitLimit = readTimeout.toNanos();
        while (true) {
            try {
                HttpResponse<Long> response = answer.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return finish(response, sink, uri, label, maxBytes);
            } catch (TimeoutException stillRunning) {
                if (cancel.isCancelled()) {
                    abort(answer, sink);
                    throw new CancelledException();
                }
                if (System.nanoTime() - sink.lastActivity() > waitLimit) {
                    abort(answer, sink);
                    throw new VulnerabilityDatabaseException(Problem.TIMEOUT, uri + " sent nothing for "
                            + readTimeout.toSeconds() + " seconds (" + sink.received() + " bytes of " + label + " received).",
                            "Try again later, or import a downloaded copy; the database in use is unchanged.");
                }
                progress.progress("Downloading " + label, sink.received(), sink.expected());
            } catch (InterruptedException e) {
                abort(answer, sink);
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                throw failure(e.getCause(), uri, label, sink, maxBytes);
            }
        }
    }

    private static boolean finish(HttpResponse<Long> response, CappedSink sink, URI uri, String label, long maxBytes) {
        int status = response.statusCode();
        if (status == 404) {
            return false;
        }
        if (status != 200) {
            throw new VulnerabilityDatabaseException(Problem.DOWNLOAD_FAILED,
                    uri + " answered HTTP " + status + " instead of sending " + label + ".",
                    "Check the download address, or try again later; the database in use is unchanged.");
        }
        if (sink.refused()) {
            throw tooLarge(uri, label, maxBytes, sink.expected());
        }
        if (sink.expected() >= 0 && sink.received() != sink.expected()) {
            throw new VulnerabilityDatabaseException(Problem.DOWNLOAD_FAILED, "The download of " + label + " from " + uri
                    + " broke off after " + sink.received() + " of " + sink.expected() + " bytes.",
                    "Try again; the database in use is unchanged.");
        }
        return true;
    }

    private static void abort(CompletableFuture<?> answer, CappedSink sink) {
        sink.abort();
        answer.cancel(true);
    }

    private static VulnerabilityDatabaseException failure(Throwable cause, URI uri, String label, CappedSink sink,
                                                          long maxBytes) {
        if (cause instanceof VulnerabilityDatabaseException known) {
            return known;
        }
        if (sink.tooLarge()) {
            return tooLarge(uri, label, maxBytes, -1);
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return new VulnerabilityDatabaseException(Problem.TIMEOUT, uri + " did not answer in time.",
                    "Check the network connection and the download address, or try again later; the database in use is unchanged.", cause);
        }
        if (cause instanceof ConnectException) {
            return new VulnerabilityDatabaseException(Problem.DOWNLOAD_FAILED, "Cannot connect to " + uri.getHost()
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + " to download " + label + ".",
                    "Check the network connection and proxy settings, or import a downloaded copy with `drydock db import`; "
                            + "the database in use is unchanged.", cause);
        }
        return new VulnerabilityDatabaseException(Problem.DOWNLOAD_FAILED, "The download of " + label + " from " + uri
                + " failed after " + sink.received() + " bytes: " + cause.getMessage() + ".",
                "Try again; the database in use is unchanged.", cause);
    }

    private static VulnerabilityDatabaseException tooLarge(URI uri, String label, long maxBytes, long announced) {
        return new VulnerabilityDatabaseException(Problem.TOO_LARGE, label + " from " + uri + " is "
                + (announced >= 0 ? announced + " bytes" : "larger than allowed") + "; at most " + maxBytes
                + " bytes are accepted.", "Check the download address; the database in use is unchanged.");
    }

    /** Receives the body into a stream, stopping at the byte cap; refuses a body announced too large. */
    private static final class CappedSink implements HttpResponse.BodySubscriber<Long> {
        private final OutputStream out;
        private final long maxBytes;
        private final CompletableFuture<Long> result = new CompletableFuture<>();
        private final AtomicLong received = new AtomicLong();
        private volatile long lastActivity = System.nanoTime();
        private volatile long expected = -1;
        private volatile boolean refused;
        private volatile boolean tooLarge;
        private volatile Flow.Subscription subscription;
        private volatile boolean writing;

        CappedSink(OutputStream out, long maxBytes) {
            this.out = out;
            this.maxBytes = maxBytes;
        }

        HttpResponse.BodySubscriber<Long> forResponse(HttpResponse.ResponseInfo info) {
            lastActivity = System.nanoTime();
            writing = info.statusCode() == 200;
            OptionalLong length = info.headers().firstValueAsLong("Content-Length");
            expected = writing && length.isPresent() ? length.getAsLong() : -1;
            refused = writing && expected > maxBytes;
            return this;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (refused) {
                s.cancel();
                result.complete(0L);
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            lastActivity = System.nanoTime();
            try {
                for (ByteBuffer buffer : buffers) {
                    int n = buffer.remaining();
                    if (received.addAndGet(n) > maxBytes) {
                        tooLarge = true;
                        subscription.cancel();
                        result.completeExceptionally(new IOException("more than " + maxBytes + " bytes"));
                        return;
                    }
                    if (writing) {
                        byte[] bytes = new byte[n];
                        buffer.get(bytes);
                        out.write(bytes);
                    }
                }
                subscription.request(1);
            } catch (IOException e) {
                subscription.cancel();
                result.completeExceptionally(e);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(received.get());
        }

        @Override
        public java.util.concurrent.CompletionStage<Long> getBody() {
            return result;
        }

        void abort() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.completeExceptionally(new CancelledException());
        }

        long lastActivity() {
            return lastActivity;
        }

        long received() {
            return received.get();
        }

        long expected() {
            return expected;
        }

        boolean refused() {
            return refused;
        }

        boolean tooLarge() {
            return tooLarge;
        }
    }
}
