package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.Set;

/** DI1009: the image declares a VOLUME over a system directory or the Docker socket. */
public final class SensitiveVolume implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1009", "VOLUME over a sensitive path",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none().withCisDockerBenchmark("5.5"));
    private static final Set<String> SENSITIVE = Set.of("/", "/etc", "/root", "/proc", "/sys", "/dev", "/boot", "/usr",
            "/bin", "/sbin", "/lib", "/lib64", "/run", "/var/run", "/var/lib/docker", "/var/run/docker.sock", "/run/docker.sock");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        for (String volume : context.image().config().volumes()) {
            String normalised = volume.length() > 1 && volume.endsWith("/") ? volume.substring(0, volume.length() - 1) : volume;
            if (SENSITIVE.contains(normalised) || normalised.endsWith("/docker.sock")) {
                context.reportConfig("Config.Volumes." + volume, "The image declares VOLUME " + volume + ": whoever runs"
                        + " it is invited to mount a host path there, exposing the host's " + normalised + " to the container;"
                        + " keep volumes to application data directories", "Volumes=" + volume);
            }
        }
    }
}
