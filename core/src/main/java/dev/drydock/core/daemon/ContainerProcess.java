package dev.drydock.core.daemon;

/**
 * One process running in a container, as {@code docker top} lists it.
 *
 * @param pid     its process id on the host
 * @param user    its user as the host names it (a uid where the host has no such user)
 * @param command its command line
 */
public record ContainerProcess(String pid, String user, String command) {
}
