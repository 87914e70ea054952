package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;

/** DI1014: the image is tagged {@code latest}, a tag that moves and says nothing about what it holds. */
public final class LatestTag implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1014", "Image tagged latest",
            Severity.INFO, RuleCategory.SUPPLY_CHAIN, RuleReferences.none());

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        List<String> tags = context.image().config().repoTags();
        if (tags.isEmpty()) {
            context.skipped("the image has no tag");
            return;
        }
        tags.stream().filter(tag -> tag.endsWith(":latest")).forEach(tag -> context.reportConfig("RepoTags", "The image is"
                + " tagged " + tag + ": latest moves with every build, so nobody can tell which image runs or roll back;"
                + " tag releases with a version (and deploy by digest)", "RepoTags=" + tag));
    }
}
