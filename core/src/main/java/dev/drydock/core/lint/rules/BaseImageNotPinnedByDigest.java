package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Locale;

/**
 * DD5007: a base image named by tag ({@code debian:12}) may be a different image tomorrow; a digest
 * ({@code debian:12@sha256:…}) always names the same bytes. With {@link dev.drydock.core.lint.LocalImages}
 * that know the digest of the local image, the fix adds it.
 */
public final class BaseImageNotPinnedByDigest implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5007", "Pin base images by digest",
            Severity.INFO, RuleCategory.SUPPLY_CHAIN,
            RuleReferences.none().withCisDockerBenchmark("4.2").withNistSp800190("4.1.5"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        for (Stage stage : dockerfile.stages()) {
            String image = dockerfile.expand(stage.from(), stage.from().image().text());
            if (image.isBlank() || image.contains("$") || image.contains("@")
                    || image.equalsIgnoreCase("scratch") || isEarlierStage(dockerfile, stage, image)) {
                continue;
            }
            context.report(stage.from().image().range(), "The base image " + image
                    + " is named by tag, which can move: pin it by digest (" + image + "@sha256:…) so every build starts from the same image",
                    fixes(context, dockerfile, stage, image));
        }
    }

    /** A safe pin when the local daemon knows the digest of this image: it is the image the build uses today. */
    private static List<Fix> fixes(RuleContext context, Dockerfile dockerfile, Stage stage, String image) {
        Word word = stage.from().image();
        return context.localImages().find(image)
                .flatMap(local -> local.digestIn(image))
                .flatMap(digest -> BaseImageDigestPin.pin(context, dockerfile, word, digest)
                        .map(edit -> context.fix("Pin by the digest of the local " + image + " ("
                                + BaseImageDigestPin.shortDigest(digest) + ")", Fix.Safety.SAFE, edit)))
                .map(List::of)
                .orElse(List.of());
    }

    private static boolean isEarlierStage(Dockerfile dockerfile, Stage stage, String image) {
        String name = image.toLowerCase(Locale.ROOT);
        return dockerfile.stages().stream().anyMatch(s -> s.index() < stage.index() && s.name().filter(name::equals).isPresent());
    }
}
