/**
 * Vulnerabilities: the offline OSV database, version ordering per ecosystem, and matching of an
 * image's package inventory against it. Free of JavaFX and of the Docker API.
 */
package dev.drydock.core.vuln;
