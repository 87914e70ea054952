package dev.drydock.core.lint;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.FindingOrder;
import dev.drydock.core.findings.suppress.SuppressionResult;
import dev.drydock.core.findings.suppress.Suppressions;

import java.util.ArrayList;
import java.util.List;

/**
 * Lints Dockerfiles: parse once, run every rule of the registry on the typed AST, then apply
 * suppressions (pragmas and configuration) to what the rules found. Thread-safe; cheap enough to
 * run on every keystroke.
 */
public final class DockerfileLinter {

    private final RuleRegistry rules;

    public DockerfileLinter(RuleRegistry rules) {
        this.rules = rules;
    }

    public static DockerfileLinter standard() {
        return new DockerfileLinter(RuleRegistry.standard());
    }

    public RuleRegistry rules() {
        return rules;
    }

    public LintResult lint(String file, String text, LintConfig config) {
        return lint(file, Dockerfile.parse(text), config);
    }

    public LintResult lint(String file, Dockerfile dockerfile, LintConfig config) {
        RuleContext context = RuleContext.forFile(file, dockerfile, config);
        for (DockerfileRule rule : rules.all()) {
            context.runRule(rule);
        }
        SuppressionResult result = Suppressions.apply(context.findings(), PragmaSites.of(dockerfile),
                rules::metadata, config);
        List<Finding> kept = new ArrayList<>(result.kept());
        kept.sort(FindingOrder.READING_ORDER);
        return new LintResult(file, dockerfile, kept, result.suppressed());
    }
}
