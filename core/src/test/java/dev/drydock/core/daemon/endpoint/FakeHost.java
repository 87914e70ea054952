package dev.drydock.core.daemon.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A pretend machine for resolver tests: environment variables, a home folder and a file system
 * under a temporary folder. Paths are written as the user would see them ({@code /var/run/...}).
 */
final class FakeHost {

    private final Path root;
    private final Map<String, String> env = new HashMap<>();
    private String home = "/home/alice";
    private String osName = "Linux";

    FakeHost(Path root) {
        this.root = root;
    }

    FakeHost env(String name, String value) {
        env.put(name, value);
        return this;
    }

    FakeHost os(String name, String homeFolder) {
        this.osName = name;
        this.home = homeFolder;
        return this;
    }

    /** Makes a file where a socket would be: the resolver only checks that it exists. */
    FakeHost socket(String path) {
        return file(path, "");
    }

    FakeHost file(String path, String content) {
        try {
            Path file = environment().locate(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FakeHost dockerConfig(String json) {
        return file(configDir() + "/config.json", json);
    }

    FakeHost context(String name, String host, boolean skipTlsVerify) {
        String meta = "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"" + host
                + "\",\"SkipTLSVerify\":" + skipTlsVerify + "}}}";
        return file(contextDir(name) + "/meta.json", meta);
    }

    FakeHost contextMeta(String name, String rawJson) {
        return file(contextDir(name) + "/meta.json", rawJson);
    }

    FakeHost contextTls(String name) {
        String dir = tlsDir(name);
        return file(dir + "/ca.pem", "ca").file(dir + "/cert.pem", "cert").file(dir + "/key.pem", "key");
    }

    String tlsDir(String name) {
        return configDir() + "/contexts/tls/" + DockerContexts.storeId(name) + "/docker";
    }

    HostEnvironment environment() {
        return new HostEnvironment(env, home, osName, root);
    }

    EndpointResolver resolver() {
        return new EndpointResolver(environment());
    }

    DockerEndpoint resolve() throws EndpointException {
        return resolver().resolve();
    }

    DockerEndpoint resolve(EndpointChoice choice) throws EndpointException {
        return resolver().resolve(choice, "the test");
    }

    private String configDir() {
        return env.getOrDefault("DOCKER_CONFIG", home + "/.docker");
    }

    private String contextDir(String name) {
        return configDir() + "/contexts/meta/" + DockerContexts.storeId(name);
    }
}
