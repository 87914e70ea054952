package dev.drydock.core.seccomp.verify;

import java.util.List;

/**
 * An attempt, from inside a container under the profile, at a call a confined workload should not make, with a
 * busybox applet: each must fail with EPERM ("Operation not permitted") unless the profile allows the call.
 * busybox has no applet for {@code ptrace}, {@code keyctl} or {@code bpf}: see {@link #NOT_PROBED}.
 */
public enum SyscallProbe {
    UNSHARE("create a user namespace", List.of("unshare"), "unshare", "-U", "busybox", "true"),
    MOUNT("mount a filesystem", List.of("mount"), "mount", "-t", "tmpfs", "drydock-probe", "/"),
    INSMOD("load a kernel module", List.of("finit_module", "init_module"), "insmod", "/proc/self/exe"),
    CHROOT("change the root directory", List.of("chroot"), "chroot", "/", "busybox", "true"),
    NSENTER("join another namespace", List.of("setns"), "nsenter", "-t", "1", "-n", "busybox", "true");

    /** The calls of the usual probe list that a static busybox cannot attempt, and why. */
    public static final List<String> NOT_PROBED = List.of(
            "ptrace: busybox has no tracing applet (strace, gdb)",
            "keyctl: busybox has no key management applet",
            "bpf: busybox has no applet that loads BPF programs");

    private final String attempt;
    private final List<String> syscalls;
    private final List<String> busyboxArgs;

    SyscallProbe(String attempt, List<String> syscalls, String... busyboxArgs) {
        this.attempt = attempt;
        this.syscalls = syscalls;
        this.busyboxArgs = List.of(busyboxArgs);
    }

    /** What the probe tries, for people ("mount a filesystem"). */
    public String attempt() {
        return attempt;
    }

    /** The system calls it makes (any of them allowed means the profile lets it through). */
    public List<String> syscalls() {
        return syscalls;
    }

    /** The arguments after {@code busybox}, e.g. {@code [unshare, -U, busybox, true]}. */
    public List<String> busyboxArgs() {
        return busyboxArgs;
    }

    /** {@code busybox unshare -U busybox true}. */
    public String commandLine() {
        return "busybox " + String.join(" ", busyboxArgs);
    }
}
