package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.common.Formats;
import dev.drydock.core.daemon.DaemonInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns {@link DaemonInfo} into the sections the Overview page shows. */
public final class DaemonFacts {

    private DaemonFacts() {
    }

    public static List<FactSection> of(DaemonInfo info) {
        return List.of(engine(info), host(info), drivers(info), security(info));
    }

    private static FactSection engine(DaemonInfo info) {
        return new FactSection("Engine", List.of(
                new Fact("Version", Formats.orDash(info.serverVersion())),
                new Fact("API version", Formats.orDash(info.apiVersion()) + " (minimum " + Formats.orDash(info.minApiVersion())
                        + ", Drydock uses " + Formats.orDash(info.usedApiVersion()) + ")"),
                new Fact("Name", Formats.orDash(info.name())),
                new Fact("Root directory", Formats.orDash(info.dockerRootDir())),
                new Fact("Runtimes", Formats.orDash(runtimes(info)))));
    }

    private static FactSection host(DaemonInfo info) {
        return new FactSection("Host", List.of(
                new Fact("Operating system", Formats.orDash(info.operatingSystem()) + " (" + Formats.orDash(info.osType()) + ")"),
                new Fact("Kernel", Formats.orDash(info.kernelVersion())),
                new Fact("Architecture", Formats.orDash(info.architecture())),
                new Fact("CPUs", info.cpus() > 0 ? Integer.toString(info.cpus()) : "—"),
                new Fact("Memory", info.memoryBytes() > 0 ? Formats.size(info.memoryBytes()) : "—")));
    }

    private static FactSection drivers(DaemonInfo info) {
        String cgroup = Formats.orDash(info.cgroupDriver())
                + (info.cgroupVersion() == null || info.cgroupVersion().isEmpty() ? "" : " (cgroup v" + info.cgroupVersion() + ")");
        return new FactSection("Drivers", List.of(
                new Fact("Storage driver", Formats.orDash(info.storageDriver())),
                new Fact("Logging driver", Formats.orDash(info.loggingDriver())),
                new Fact("Cgroup driver", cgroup)));
    }

    private static FactSection security(DaemonInfo info) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Seccomp", enabled(info.seccompEnabled(), option(info, "seccomp"))));
        facts.add(new Fact("AppArmor", enabled(info.apparmorEnabled(), "")));
        facts.add(new Fact("SELinux", enabled(info.selinuxEnabled(), "")));
        facts.add(new Fact("User namespaces", enabled(info.userNamespacesEnabled(), "")));
        facts.add(new Fact("Rootless", Formats.yesNo(info.rootless())));
        facts.add(new Fact("Security options", Formats.orDash(Formats.joined(info.securityOptions()))));
        return new FactSection("Security", facts);
    }

    private static String runtimes(DaemonInfo info) {
        List<String> names = new ArrayList<>();
        for (String runtime : info.runtimes()) {
            names.add(runtime.equals(info.defaultRuntime()) ? runtime + " (default)" : runtime);
        }
        return String.join(", ", names);
    }

    private static String enabled(boolean on, String detail) {
        return (on ? "enabled" : "not enabled") + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    /** The {@code profile=} part of an option like {@code name=seccomp,profile=default}. */
    private static String option(DaemonInfo info, String name) {
        for (String option : info.securityOptions()) {
            if (option.startsWith("name=" + name)) {
                for (String part : option.split(",")) {
                    if (part.toLowerCase(Locale.ROOT).startsWith("profile=")) {
                        return "profile " + part.substring("profile=".length());
                    }
                }
            }
        }
        return "";
    }
}
