package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.HashMap;
import java.util.Map;

/** DD3024 (Hadolint DL3024): two stages with one name (names are case-insensitive); Docker refuses to build. */
public final class DuplicateStageName implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3024", "Stage names must be unique",
            Severity.ERROR, RuleCategory.SYNTAX, RuleReferences.none().withHadolint("DL3024"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Map<String, Stage> seen = new HashMap<>();
        for (Stage stage : context.dockerfile().stages()) {
            if (stage.name().isEmpty()) {
                continue;
            }
            Stage first = seen.putIfAbsent(stage.name().get(), stage);
            if (first != null) {
                context.report(stage.from().stageName().orElseThrow().range(), "The stage name " + stage.name().get()
                        + " is already used on line " + first.from().range().start().line() + ": rename one of them");
            }
        }
    }
}
