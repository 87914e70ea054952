/**
 * The Docker/OCI seccomp profile as immutable records: what {@code docker run --security-opt
 * seccomp=FILE} reads. Absent fields are {@code null} (lists and filters too), so a profile written
 * back keeps the difference between "absent", "empty" and {@code null}; fields this model does not
 * know are kept in {@code unknownFields} (written back, and reported by validation as warnings).
 */
package dev.drydock.core.seccomp.profile;
