package dev.drydock.app.cli;

import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

/** {@code drydock info} for people: where the daemon is, how it was chosen, and what it is. */
final class InfoReport {

    private InfoReport() {
    }

    static KeyValueReport of(DockerEndpoint endpoint, DaemonInfo info) {
        KeyValueReport report = new KeyValueReport();
        report.section("Endpoint")
                .line("Address", endpoint.uri())
                .line("Chosen by", endpoint.chosenBy())
                .line("Context", endpoint.contextName())
                .line("TLS", tls(endpoint));
        report.section("Server")
                .line("Name", info.name())
                .line("Engine version", info.serverVersion())
                .line("API version", apiVersion(info))
                .line("Operating system", info.operatingSystem())
                .line("OS type", info.osType())
                .line("Kernel", info.kernelVersion())
                .line("Architecture", info.architecture())
                .line("CPUs", String.valueOf(info.cpus()))
                .line("Memory", HumanUnits.binarySize(info.memoryBytes()))
                .line("Root directory", info.dockerRootDir());
        report.section("Storage and runtime")
                .line("Storage driver", info.storageDriver())
                .line("Logging driver", info.loggingDriver())
                .line("Cgroup driver", cgroup(info))
                .line("Runtimes", runtimes(info))
                .line("Rootless", yesNo(info.rootless()));
        report.section("Contents")
                .line("Containers", info.containers() + " (" + info.containersRunning() + " running, "
                        + info.containersPaused() + " paused, " + info.containersStopped() + " stopped)")
                .line("Images", String.valueOf(info.images()));
        report.section("Security")
                .line("Seccomp", onOff(info.seccompEnabled()))
                .line("AppArmor", onOff(info.apparmorEnabled()))
                .line("SELinux", onOff(info.selinuxEnabled()))
                .line("User namespaces", onOff(info.userNamespacesEnabled()))
                .line("Options", String.join("; ", info.securityOptions()));
        return report;
    }

    private static String tls(DockerEndpoint endpoint) {
        if (!endpoint.tlsVerify() && endpoint.certPath() == null) {
            return "tcp".equals(endpoint.scheme()) ? "off" : "";
        }
        String verify = endpoint.tlsVerify() ? "on, server certificate verified" : "on, not verified";
        return endpoint.certificates().map(p -> verify + " (certificates in " + p + ")").orElse(verify);
    }

    private static String apiVersion(DaemonInfo info) {
        StringBuilder text = new StringBuilder(nullToEmpty(info.apiVersion()));
        if (!nullToEmpty(info.minApiVersion()).isEmpty()) {
            text.append(" (accepts ").append(info.minApiVersion()).append(" and newer");
            if (!nullToEmpty(info.usedApiVersion()).isEmpty()) {
                text.append("; Drydock uses ").append(info.usedApiVersion());
            }
            text.append(')');
        }
        return text.toString();
    }

    private static String cgroup(DaemonInfo info) {
        String version = nullToEmpty(info.cgroupVersion());
        return version.isEmpty() ? info.cgroupDriver() : info.cgroupDriver() + " (cgroup v" + version + ")";
    }

    private static String runtimes(DaemonInfo info) {
        String all = String.join(", ", info.runtimes());
        String dflt = nullToEmpty(info.defaultRuntime());
        return dflt.isEmpty() ? all : all + " (default: " + dflt + ")";
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String onOff(boolean b) {
        return b ? "on" : "off";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
