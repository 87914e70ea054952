/**
 * CIS Docker Benchmark v1.6.0 section 3 on the Docker host itself: ownership and permissions of the
 * daemon's unit files, configuration, certificates and sockets. The file system root is a parameter, so
 * the checks read a test tree as readily as {@code /}. Judging whether the daemon runs on this machine
 * at all is the caller's business (see {@code dev.drydock.core.audit.daemon}).
 */
package dev.drydock.core.audit.host;
