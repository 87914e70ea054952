package dev.drydock.core.lint;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellScripts;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.LineMap;
import dev.drydock.core.findings.Location;
import dev.drydock.core.fix.DocumentVersion;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule sees while it checks one Dockerfile, and where it reports. One context per lint, shared
 * by its rules: the shell scripts of RUN instructions are split once, and the document version every
 * fix carries is hashed once.
 */
public final class RuleContext {

    private final String file;
    private final Dockerfile dockerfile;
    private final LintConfig config;
    private final LocalImages localImages;
    private final LineMap lines;
    private final Map<RunInstruction, List<ShellScript>> scripts;
    private final List<Finding> findings = new ArrayList<>();
    private DockerfileRule rule;
    private DocumentVersion version;

    RuleContext(String file, Dockerfile dockerfile, LintConfig config, LocalImages localImages, LineMap lines,
                Map<RunInstruction, List<ShellScript>> sharedScripts) {
        this.file = file;
        this.dockerfile = dockerfile;
        this.config = config;
        this.localImages = localImages;
        this.lines = lines;
        this.scripts = sharedScripts;
    }

    static RuleContext forFile(String file, Dockerfile dockerfile, LintConfig config, LocalImages localImages) {
        return new RuleContext(file, dockerfile, config, localImages, LineMap.of(dockerfile.text()), new IdentityHashMap<>());
    }

    void runRule(DockerfileRule current) {
        this.rule = current;
        current.check(this);
    }

    List<Finding> findings() {
        return findings;
    }

    public String file() {
        return file;
    }

    public Dockerfile dockerfile() {
        return dockerfile;
    }

    public LintConfig config() {
        return config;
    }

    /** What the local daemon knows about base images ({@link LocalImages#none()} when it was not asked). */
    public LocalImages localImages() {
        return localImages;
    }

    /** The POSIX shell scripts this RUN executes; none when its shell is PowerShell or cmd. */
    public List<ShellScript> shellScripts(RunInstruction run) {
        return scripts.computeIfAbsent(run, r -> ShellScripts.of(dockerfile, r));
    }

    /** Reports a finding of the running rule at its default severity. */
    public void report(SourceRange range, String message, Fix... fixes) {
        report(range, message, List.of(fixes));
    }

    public void report(SourceRange range, String message, List<Fix> fixes) {
        Location location = new Location.DockerfileRange(file, lines.range(range.startOffset(), range.endOffset()));
        findings.add(Finding.of(rule.id(), rule.metadata().defaultSeverity(), message, location).withFixes(fixes));
    }

    /**
     * Reports a finding with evidence: the text that proves it, already masked by the rule where it
     * holds a secret (see {@code SecretMask}).
     */
    public void reportWithEvidence(SourceRange range, String message, String maskedEvidence, List<Fix> fixes) {
        report(range, message, fixes);
        int last = findings.size() - 1;
        findings.set(last, findings.get(last).withEvidence(maskedEvidence));
    }

    /** A fix for this document, applied later by {@code FixApplier}. */
    public Fix fix(String title, Fix.Safety safety, TextEdit... edits) {
        return Fix.of(title, safety, documentVersion(), List.of(edits));
    }

    /** The version of the text being linted, hashed once for all the fixes of a lint. */
    private DocumentVersion documentVersion() {
        if (version == null) {
            version = DocumentVersion.of(dockerfile.text());
        }
        return version;
    }

    public TextEdit replace(SourceRange range, String newText) {
        return TextEdit.replace(range.startOffset(), range.endOffset(), newText);
    }

    public TextEdit insertBefore(SourceRange range, String text) {
        return TextEdit.insert(range.startOffset(), text);
    }

    public TextEdit insertAfter(SourceRange range, String text) {
        return TextEdit.insert(range.endOffset(), text);
    }
}
