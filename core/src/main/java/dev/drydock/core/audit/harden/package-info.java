/**
 * The hardened run configuration of a container: options derived from its inspect data and its audit,
 * each linked to the findings it fixes and with its reasoning, which the user can toggle; rendered as
 * {@code docker run} flags, a Compose service and a Kubernetes Pod.
 */
package dev.drydock.core.audit.harden;
