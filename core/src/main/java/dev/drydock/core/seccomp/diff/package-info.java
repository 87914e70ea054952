/** What changed between two seccomp profiles, as data and as text for the CLI. */
package dev.drydock.core.seccomp.diff;
