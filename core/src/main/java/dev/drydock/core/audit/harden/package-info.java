/**
 * The hardened run configuration of a container: options derived from its inspect data and its audit,
 * each linked to the findings it fixes and with its reasoning, which the user can toggle; rendered as
 * {@code docker run} flags, a Compose service and a Kubernetes Pod. {@link
 * dev.drydock.core.audit.harden.WritablePathObserver} derives the directories that need a tmpfs from
 * {@code docker diff}; {@link dev.drydock.core.audit.harden.HardenedRecreate} plans and carries out
 * "recreate hardened" next to the original container, which it never touches.
 */
package dev.drydock.core.audit.harden;
