package dev.drydock.core.seccomp.validation;

/**
 * What the daemon said about a profile.
 *
 * @param accepted true when the daemon and its runtime took the profile
 * @param message  for users: that it was accepted, or why it was refused in the daemon's words
 * @param image    the image the test container was created from (nothing of it ran)
 */
public record DaemonVerdict(boolean accepted, String message, String image) {
}
