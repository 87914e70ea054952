package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;

/** DI1002: the image has no HEALTHCHECK, or disables the one of its base image. */
public final class NoHealthcheck implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1002", "Image has no HEALTHCHECK",
            Severity.INFO, RuleCategory.RELIABILITY, RuleReferences.none().withCisDockerBenchmark("4.6"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        List<String> test = context.image().config().healthcheck();
        if (test.isEmpty()) {
            context.reportConfig("Config.Healthcheck", "The image defines no HEALTHCHECK: Docker cannot tell a hung"
                    + " container from a healthy one; add HEALTHCHECK CMD with a cheap probe of the service", "");
        } else if (test.get(0).equals("NONE")) {
            context.reportConfig("Config.Healthcheck", "The image disables its HEALTHCHECK (HEALTHCHECK NONE): Docker"
                    + " cannot tell a hung container from a healthy one; define a probe of the service instead", "Healthcheck=NONE");
        }
    }
}
