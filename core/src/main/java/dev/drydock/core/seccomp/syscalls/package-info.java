/**
 * Facts about Linux system calls: number ↔ name tables per architecture (from the kernel's own
 * tables, named in each data file), names known only on other architectures, and groups by purpose
 * with explanations and a risk flag, for explaining a profile to a human.
 */
package dev.drydock.core.seccomp.syscalls;
