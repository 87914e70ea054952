package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Locale;

/**
 * DD3026 (Hadolint DL3026): base images only from the registries the configuration trusts
 * ({@code trustedRegistries}; {@code *.example.com} trusts the subdomains). Off while that list is
 * empty. An image without registry comes from Docker Hub, trusted as {@code docker.io} or
 * {@code hub.docker.com}.
 */
public final class UntrustedRegistry implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3026", "Base image from an untrusted registry",
            Severity.ERROR, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3026")
            .withCisDockerBenchmark("4.2").withNistSp800190("4.1.5"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        List<String> trusted = context.config().trustedRegistries().stream()
                .map(registry -> registry.strip().toLowerCase(Locale.ROOT)).toList();
        if (trusted.isEmpty()) {
            return;
        }
        Dockerfile dockerfile = context.dockerfile();
        for (Instruction instruction : dockerfile.instructions()) {
            if (!(instruction instanceof FromInstruction from) || StructureBaseImage.isEarlierStage(dockerfile, from)) {
                continue;
            }
            StructureBaseImage image = StructureBaseImage.of(dockerfile, from);
            if (image.isUnresolved() || image.isScratch()) {
                continue;
            }
            boolean allowed = image.registry()
                    .map(registry -> isTrusted(registry.toLowerCase(Locale.ROOT), trusted))
                    .orElseGet(() -> trusted.contains("docker.io") || trusted.contains("hub.docker.com"));
            if (!allowed) {
                String registry = image.registry().orElse("docker.io");
                context.report(from.image().range(), "The registry " + registry
                        + " is not trusted: use an image from " + String.join(", ", trusted)
                        + " or add the registry to trustedRegistries");
            }
        }
    }

    private static boolean isTrusted(String registry, List<String> trusted) {
        for (String entry : trusted) {
            if (entry.equals(registry) || (entry.startsWith("*.") && registry.endsWith(entry.substring(1)))) {
                return true;
            }
        }
        return false;
    }
}
