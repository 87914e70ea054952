package dev.drydock.core.lint;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.FindingOrder;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.suppress.SuppressionResult;
import dev.drydock.core.findings.suppress.Suppressions;
import dev.drydock.core.lint.shellcheck.ShellCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lints Dockerfiles: parse once, run every rule of the registry on the typed AST, then apply
 * suppressions (pragmas and configuration) to what the rules found. Thread-safe; cheap enough to
 * run on every keystroke. {@link #withShellCheck(ShellCheck)} adds ShellCheck's findings on RUN
 * scripts ({@code SC2086}…), which the same suppressions then filter.
 */
public final class DockerfileLinter {

    private final RuleRegistry rules;
    private final Optional<ShellCheck> shellCheck;
    private final LocalImages localImages;

    public DockerfileLinter(RuleRegistry rules) {
        this(rules, Optional.empty(), LocalImages.none());
    }

    private DockerfileLinter(RuleRegistry rules, Optional<ShellCheck> shellCheck, LocalImages localImages) {
        this.rules = rules;
        this.shellCheck = shellCheck;
        this.localImages = localImages;
    }

    /** This linter, also running {@code shellCheck} on the shell scripts of RUN instructions. */
    public DockerfileLinter withShellCheck(ShellCheck shellCheck) {
        return new DockerfileLinter(rules, Optional.of(shellCheck), localImages);
    }

    /**
     * This linter, with what the local daemon knows about base images: the base-image rules then
     * offer pins to the digest or version tag of the image a build uses today.
     */
    public DockerfileLinter withLocalImages(LocalImages images) {
        return new DockerfileLinter(rules, shellCheck, images);
    }

    public LocalImages localImages() {
        return localImages;
    }

    public Optional<ShellCheck> shellCheck() {
        return shellCheck;
    }

    /** The metadata of a rule by id or Hadolint alias, including the ShellCheck codes this linter reported. */
    public Optional<RuleMetadata> metadata(String code) {
        return rules.metadata(code).or(() -> shellCheck.flatMap(check -> check.metadata(code)));
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
        RuleContext context = RuleContext.forFile(file, dockerfile, config, localImages);
        for (DockerfileRule rule : rules.all()) {
            context.runRule(rule);
        }
        List<Finding> found = new ArrayList<>(context.findings());
        shellCheck.ifPresent(check -> found.addAll(check.check(file, dockerfile)));
        SuppressionResult result = Suppressions.apply(found, PragmaSites.of(dockerfile), this::metadata, config);
        List<Finding> kept = new ArrayList<>(result.kept());
        kept.sort(FindingOrder.READING_ORDER);
        return new LintResult(file, dockerfile, kept, result.suppressed());
    }
}
