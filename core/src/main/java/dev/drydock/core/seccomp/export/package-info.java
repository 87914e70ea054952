/**
 * Seccomp profiles out of Drydock: the JSON file for {@code docker run --security-opt seccomp=FILE}, a
 * Compose {@code security_opt} snippet and a Kubernetes {@code seccompProfile} (type Localhost) with where
 * the file must live on each node. One class per format; the notes for users are resource files.
 */
package dev.drydock.core.seccomp.export;
