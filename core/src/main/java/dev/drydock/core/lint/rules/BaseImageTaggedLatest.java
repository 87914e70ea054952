package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.FromInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.LocalImage;
import dev.drydock.core.lint.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DD3007 (Hadolint DL3007): {@code latest} moves whenever the image is pushed again, so the same
 * Dockerfile builds on a different base from one day to the next. A digest pins it anyway. With
 * {@link dev.drydock.core.lint.LocalImages} the fix pins to what the local daemon has under {@code latest}.
 */
public final class BaseImageTaggedLatest implements DockerfileRule {

    /** What the fix writes in place of {@code latest}; the user replaces it with a real version. */
    static final String VERSION_PLACEHOLDER = "<version>";

    private static final RuleMetadata METADATA = new RuleMetadata("DD3007", "Base image tagged latest",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withHadolint("DL3007")
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
            if (image.digest().isPresent() || !image.tag().map("latest"::equals).orElse(false)) {
                continue;
            }
            Word word = from.image();
            String message = "Pin the base image to a version instead of latest: " + image.expanded();
            if (word.value().endsWith(":latest")) { // the tag itself is written, whatever builds the name
                int tagStart = word.text().length() - "latest".length();
                SourceRange tag = StructureBaseImage.rangeOf(dockerfile, word, tagStart, word.text().length());
                if (tag.length() == "latest".length()) {
                    context.report(tag, message, fixes(context, image, tag));
                    continue;
                }
            }
            context.report(word.range(), message); // latest comes from a build argument
        }
    }

    /**
     * Best first: the digest the local daemon knows for this image, then another tag of the same
     * local image (both pin exactly the image the build uses today, so they are safe), then a
     * placeholder for the user to fill in.
     */
    private static List<Fix> fixes(RuleContext context, StructureBaseImage image, SourceRange tag) {
        List<Fix> fixes = new ArrayList<>();
        Optional<LocalImage> local = context.localImages().find(image.expanded());
        local.flatMap(l -> l.digestIn(image.expanded())).ifPresent(digest -> fixes.add(context.fix(
                "Pin to the digest of the local " + image.expanded() + " (" + BaseImageDigestPin.shortDigest(digest) + ")",
                Fix.Safety.SAFE, BaseImageDigestPin.replaceLatest(tag, digest))));
        local.flatMap(l -> l.versionTagIn(image.expanded())).ifPresent(version -> fixes.add(context.fix(
                "Pin to tag " + version + ", the same local image as latest", Fix.Safety.SAFE,
                context.replace(tag, version))));
        fixes.add(context.fix("Pin to a version (placeholder to fill in)", Fix.Safety.NEEDS_REVIEW,
                context.replace(tag, VERSION_PLACEHOLDER)));
        return fixes;
    }
}
