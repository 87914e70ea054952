package dev.drydock.app.gui.audit;

/** The three ways the hardened run configuration is written, and the file each one is saved as. */
public enum RunFormat {
    DOCKER_RUN("docker run", "-hardened.sh"),
    COMPOSE("Compose", "-compose.yaml"),
    KUBERNETES("Kubernetes", "-pod.yaml");

    private final String title;
    private final String fileSuffix;

    RunFormat(String title, String fileSuffix) {
        this.title = title;
        this.fileSuffix = fileSuffix;
    }

    /** The tab title, e.g. {@code docker run}. */
    public String title() {
        return title;
    }

    /** {@code web-hardened.sh}, {@code web-compose.yaml}, {@code web-pod.yaml} for the container {@code web}. */
    public String fileName(String container) {
        String safe = container == null ? "" : container.replaceFirst("^/", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        return (safe.isBlank() ? "container" : safe) + fileSuffix;
    }

    /** What the saved file holds: the docker run command becomes a {@code #!/bin/sh} script; the YAML stays as it is. */
    public String fileText(String text) {
        String body = text.endsWith("\n") ? text : text + "\n";
        return this == DOCKER_RUN ? "#!/bin/sh\n" + body : body;
    }
}
