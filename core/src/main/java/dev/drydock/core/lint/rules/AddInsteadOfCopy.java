package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.AddInstruction;
import dev.drydock.core.dockerfile.instruction.Flag;
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
import java.util.Set;

/**
 * DD3020 (Hadolint DL3020): ADD also fetches URLs and unpacks archives; for plain local files that
 * magic is a surprise waiting to happen, and COPY says exactly what is meant.
 */
public final class AddInsteadOfCopy implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3020", "Use COPY instead of ADD for files and folders",
            Severity.ERROR, RuleCategory.SECURITY, RuleReferences.none().withHadolint("DL3020")
            .withCisDockerBenchmark("4.9").withNistSp800190("4.1.2"));

    /** The archive endings ADD unpacks (Hadolint's list). */
    private static final List<String> ARCHIVE_ENDINGS = List.of(".tar", ".z", ".bz2", ".gz", ".lz", ".lzma", ".tz",
            ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz", ".zst", ".zip");

    /** Flags COPY does not accept: the fix would break the build. */
    private static final Set<String> ADD_ONLY_FLAGS = Set.of("checksum", "keep-git-dir", "unpack");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Dockerfile dockerfile = context.dockerfile();
        for (Instruction instruction : dockerfile.instructions()) {
            if (!(instruction instanceof AddInstruction add) || add.sources().isEmpty() && add.heredocs().isEmpty()) {
                continue;
            }
            boolean anyLocalFile = !add.heredocs().isEmpty();
            boolean anyRemoteOrArchive = false;
            for (Word source : add.sources()) {
                String value = dockerfile.expand(add, source.text());
                if (value.contains("$")) {
                    anyRemoteOrArchive = true; // unknown: give it the benefit of the doubt
                } else if (isRemote(value) || isArchive(value)) {
                    anyRemoteOrArchive = true;
                } else {
                    anyLocalFile = true;
                }
            }
            if (!anyLocalFile) {
                continue;
            }
            String message = "Use COPY instead of ADD for files and folders";
            boolean addOnlyFlag = add.flags().stream().map(Flag::name).anyMatch(ADD_ONLY_FLAGS::contains);
            if (anyRemoteOrArchive || addOnlyFlag) {
                context.report(add.keywordRange(), message);
                continue;
            }
            Fix fix = context.fix("Replace ADD with COPY", Fix.Safety.SAFE, context.replace(add.keywordRange(), add.keyword().equals("add") ? "copy" : "COPY"));
            context.report(add.keywordRange(), message, fix);
        }
    }

    private static boolean isRemote(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("git@")
                || lower.startsWith("git://") || lower.startsWith("ssh://");
    }

    private static boolean isArchive(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return ARCHIVE_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
