package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.scan.HistoryStep;

import java.util.List;
import java.util.regex.Pattern;

/** DI1006: a RUN step refreshes the package index without installing in the same step (a stale, cached index). */
public final class UpdateWithoutInstall implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1006", "Package index updated in a layer of its own",
            Severity.WARNING, RuleCategory.RELIABILITY, RuleReferences.none().withCisDockerBenchmark("4.7"));
    private static final Pattern UPDATE = Pattern.compile(
            "\\b(?:apt-get|apt|aptitude)\\s+(?:-\\S+\\s+)*update\\b|\\bapk\\s+(?:-\\S+\\s+)*update\\b"
                    + "|\\b(?:yum|dnf|microdnf)\\s+(?:-\\S+\\s+)*makecache\\b|\\bzypper\\s+(?:-\\S+\\s+)*(?:refresh|ref)\\b");
    private static final Pattern INSTALL = Pattern.compile(
            "\\b(?:install|upgrade|dist-upgrade|full-upgrade|add|in|up)\\b");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        List<HistoryStep> steps = context.history().steps();
        for (int i = 0; i < steps.size(); i++) {
            String instruction = ImageHistory.instruction(steps.get(i).createdBy());
            if (instruction.startsWith("RUN ") && UPDATE.matcher(instruction).find() && !INSTALL.matcher(instruction).find()) {
                context.reportHistory(i, "This step updates the package index without installing anything: the layer"
                        + " is cached, so later installs use an index that grows stale; update and install in one RUN", "");
            }
        }
    }
}
