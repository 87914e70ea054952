package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/**
 * DD3006 (Hadolint DL3006): an image without tag is {@code latest} in disguise. Not reported for
 * {@code scratch}, for earlier stages, for digests, or when a build argument leaves the image unknown.
 */
public final class BaseImageWithoutTag implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3006", "Base image without a tag",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3006")
            .withCisDockerBenchmark("4.2").withNistSp800190("4.1.5"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        for (Instruction instruction : dockerfile.instructions()) {
            if (!(instruction instanceof FromInstruction from) || StructureBaseImage.isEarlierStage(dockerfile, from)) {
                continue;
            }
            StructureBaseImage image = StructureBaseImage.of(dockerfile, from);
            if (image.isUnresolved() || image.isScratch() || image.tag().isPresent() || image.digest().isPresent()) {
                continue;
            }
            Word word = from.image();
            String message = "Tag the base image with a version: " + image.expanded() + " means " + image.expanded() + ":latest";
            if (word.value().contains("$")) {
                context.report(word.range(), message); // the name comes from a build argument: edit that instead
                continue;
            }
            Fix fix = context.fix("Add a version tag (placeholder to fill in)", Fix.Safety.NEEDS_REVIEW,
                    context.insertAfter(word.range(), ":" + BaseImageTaggedLatest.VERSION_PLACEHOLDER));
            context.report(word.range(), message, fix);
        }
    }
}
