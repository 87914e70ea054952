package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SyntaxProblem;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

/** DD0001: what Docker would refuse to build, found by the parser, reported as findings. */
public final class DockerfileSyntax implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD0001", "Dockerfile syntax error",
            Severity.ERROR, RuleCategory.SYNTAX, RuleReferences.none());

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (SyntaxProblem problem : context.dockerfile().problems()) {
            context.report(problem.range(), problem.message());
        }
    }
}
