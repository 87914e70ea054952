/**
 * Seccomp profiles (issue 8), core model: {@code profile} (the Docker/OCI JSON format as records),
 * {@code json} (reading with positions, writing in Docker's layout), {@code validation} (problems
 * with clear messages and places), {@code syscalls} (number ↔ name tables, groups by purpose, risk),
 * {@code diff} (what changed between two profiles) and {@code templates} (baseline and strict).
 * Learning from a run, verification against the daemon and export build on these.
 */
package dev.drydock.core.seccomp;
