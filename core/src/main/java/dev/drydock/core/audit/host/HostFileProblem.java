package dev.drydock.core.audit.host;

/**
 * One daemon file that misses what CIS expects.
 *
 * @param hostPath    the file as written on the host, e.g. {@code /etc/docker/daemon.json}
 * @param explanation what is wrong and why it matters
 * @param fixCommand  the exact command that fixes it, e.g. {@code chmod 644 /etc/docker/daemon.json}
 */
public record HostFileProblem(String hostPath, String explanation, String fixCommand) {
}
