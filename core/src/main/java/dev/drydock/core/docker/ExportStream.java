package dev.drydock.core.docker;

import com.github.dockerjava.transport.DockerHttpClient.Response;

import java.io.FilterInputStream;
import java.io.IOException;

/** The body of an image export; closing it closes the answer and the connection it came on. */
final class ExportStream extends FilterInputStream {

    private final Response response;
    private final DaemonHttp client;

    ExportStream(Response response, DaemonHttp client) {
        super(response.getBody());
        this.response = response;
        this.client = client;
    }

    @Override
    public void close() throws IOException {
        try (client; response) {
            super.close();
        }
    }
}
