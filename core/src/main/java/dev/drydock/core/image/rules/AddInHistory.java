package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.scan.HistoryStep;

import java.util.List;
import java.util.regex.Pattern;

/**
 * DI1003: a layer was made with ADD. The root file system a base image is made from (the lowest
 * layer, {@code ADD file:… in /}) is the accepted use and is not reported.
 */
public final class AddInHistory implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1003", "Image was built with ADD instead of COPY",
            Severity.INFO, RuleCategory.SUPPLY_CHAIN, RuleReferences.none().withCisDockerBenchmark("4.9"));
    private static final Pattern ROOT_FILE_SYSTEM = Pattern.compile("^ADD (?:--\\S+\\s+)*\\S+\\s+(?:in\\s+)?/\\s*$");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        List<HistoryStep> steps = context.history().steps();
        for (int i = 0; i < steps.size(); i++) {
            String instruction = ImageHistory.instruction(steps.get(i).createdBy());
            if (!instruction.startsWith("ADD ")) {
                continue;
            }
            boolean lowestLayer = context.history().layerOf(i).orElse(-1) == 0;
            if (lowestLayer && ROOT_FILE_SYSTEM.matcher(instruction).matches()) {
                continue;
            }
            context.reportHistory(i, "A layer was added with ADD, which fetches URLs without verification and unpacks"
                    + " archives implicitly; use COPY for local files, and a verified download for remote ones", "");
        }
    }
}
