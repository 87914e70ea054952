/**
 * The container audit: checks over a container's {@code docker inspect} data, numbered after the CIS
 * Docker Benchmark v1.6.0 section 5, each naming the run option that fixes what it finds.
 */
package dev.drydock.core.audit.container;
