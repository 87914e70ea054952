package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.VolumeInstruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Set;

/** DD5009: VOLUME on a system path ({@code /proc}, {@code /sys}, {@code /dev}, {@code /etc}, the Docker socket, {@code /}). */
public final class SensitiveVolume implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5009", "Do not declare system paths as volumes",
            Severity.WARNING, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("5.5").withNistSp800190("4.4.3"));

    private static final Set<String> PATHS = Set.of("/", "/proc", "/sys", "/dev", "/etc", "/boot", "/root",
            "/var/run", "/run", "/var/run/docker.sock", "/run/docker.sock", "/var/lib/docker", "/lib/modules");

    private static final List<String> TREES = List.of("/proc/", "/sys/", "/dev/", "/boot/");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof VolumeInstruction volume)) {
                continue;
            }
            List<SourceRange> items = volume.paths().stream().map(Word::range).toList();
            for (int i = 0; i < items.size(); i++) {
                Word path = volume.paths().get(i);
                String normalised = normalise(context.dockerfile().expand(volume, path.text()));
                if (isSensitive(normalised)) {
                    List<Fix> fixes = volume.jsonForm() && items.size() > 1 ? List.of() : List.of(context.fix(
                            "Remove the volume " + normalised, Fix.Safety.NEEDS_REVIEW, items.size() == 1
                                    ? HardeningShell.deleteInstruction(context, volume) : HardeningShell.deleteItem(items, i)));
                    context.report(path.range(), "VOLUME " + normalised + " is a system path: a volume there hides the"
                            + " image's own files and invites mounting the host's; declare only application data paths", fixes);
                }
            }
        }
    }

    static String normalise(String path) {
        String result = path.strip().replaceAll("/+", "/");
        while (result.length() > 1 && result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static boolean isSensitive(String path) {
        return PATHS.contains(path) || TREES.stream().anyMatch(path::startsWith);
    }
}
