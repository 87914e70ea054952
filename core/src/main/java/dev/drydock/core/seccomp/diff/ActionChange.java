package dev.drydock.core.seccomp.diff;

/**
 * A system call whose treatment differs. Each side is a summary such as {@code SCMP_ACT_ALLOW},
 * {@code SCMP_ACT_ALLOW (conditional)} or {@code default: SCMP_ACT_ERRNO} when no rule names it.
 */
public record ActionChange(String syscall, String before, String after) {
}
