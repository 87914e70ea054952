package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.AddInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Locale;

/** DD5002: {@code ADD https://…} without {@code --checksum} copies whatever the server returns into the image. */
public final class AddUrlWithoutChecksum implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5002", "Verify files that ADD downloads with --checksum",
            Severity.WARNING, RuleCategory.SUPPLY_CHAIN,
            RuleReferences.none().withCisDockerBenchmark("4.11").withNistSp800190("4.1.3"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof AddInstruction add) || add.flag("checksum").isPresent()) {
                continue;
            }
            List<Word> downloads = add.sources().stream().filter(source -> isHttpDownload(context.dockerfile().expand(add, source.text()))).toList();
            for (Word source : downloads) {
                List<Fix> fixes = add.sources().size() == 1
                        ? List.of(context.fix("Add --checksum with a placeholder", Fix.Safety.NEEDS_REVIEW,
                                context.insertAfter(add.keywordRange(), " --checksum=sha256:<sha256-of-the-file>")))
                        : List.of();
                context.report(source.range(), "ADD downloads " + source.value()
                        + " without verifying it: add --checksum=sha256:<digest> (or download and verify it in a RUN)", fixes);
            }
        }
    }

    /** An http(s) URL that is not a git repository (ADD fetches those with git, where a commit pins them). */
    static boolean isHttpDownload(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        String path = lower.contains("#") ? lower.substring(0, lower.indexOf('#')) : lower;
        return !path.endsWith(".git");
    }
}
