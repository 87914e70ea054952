package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.Locale;

/**
 * DD5007: a base image named by tag ({@code debian:12}) may be a different image tomorrow; a digest
 * ({@code debian:12@sha256:…}) always names the same bytes.
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
                    + " is named by tag, which can move: pin it by digest (" + image + "@sha256:…) so every build starts from the same image");
        }
    }

    private static boolean isEarlierStage(Dockerfile dockerfile, Stage stage, String image) {
        String name = image.toLowerCase(Locale.ROOT);
        return dockerfile.stages().stream().anyMatch(s -> s.index() < stage.index() && s.name().filter(name::equals).isPresent());
    }
}
