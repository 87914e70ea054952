package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.CopyInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.instruction.Word;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * DD3010 (Hadolint DL3010): a local tar archive that is COPYed and then unpacked with {@code tar -x} in
 * a later RUN of the stage stores the archive in one layer and its content in the next. ADD unpacks a
 * local tar archive (plain, gzip, bzip2 or xz) in one step. Unlike Hadolint, only tar archives count,
 * since ADD does not unpack zip files or a lone compressed file.
 */
public final class CopyThenExtractArchive implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3010", "Use ADD for extracting archives into an image",
            Severity.INFO, RuleCategory.IMAGE_SIZE, RuleReferences.none().withHadolint("DL3010"));
    private static final String[] TAR_EXTENSIONS = {
        ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tb2", ".tar.xz", ".txz",
    };

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            Map<String, Word> copied = new LinkedHashMap<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof CopyInstruction copy && copy.flag("from").isEmpty()) {
                    for (Word source : copy.sources()) {
                        if (isTarArchive(source.value())) {
                            copied.putIfAbsent(baseName(source.value()), source);
                        }
                    }
                    copy.destination().filter(target -> isTarArchive(target.value()))
                            .ifPresent(target -> copied.putIfAbsent(baseName(target.value()), target));
                } else if (instruction instanceof RunInstruction run) {
                    reportExtracted(context, run, copied);
                }
            }
        }
    }

    private static void reportExtracted(RuleContext context, RunInstruction run, Map<String, Word> copied) {
        for (ShellScript script : context.shellScripts(run)) {
            for (ShellCommand tar : script.commands()) {
                if (!tar.name().equals("tar") || !extracts(tar)) {
                    continue;
                }
                for (ShellWord argument : tar.arguments()) {
                    Word archive = copied.remove(baseName(argument.value()));
                    if (archive != null) {
                        context.report(archive.range(), "Use ADD to copy and extract `" + baseName(archive.value())
                                + "` in one step: it is unpacked by tar later in this stage");
                    }
                }
            }
        }
    }

    private static boolean extracts(ShellCommand tar) {
        for (ShellWord argument : tar.arguments()) {
            String value = argument.value();
            if (value.equals("--extract") || value.equals("--get")) {
                return true;
            }
            if (value.startsWith("-") && !value.startsWith("--") && value.indexOf('x') > 0) {
                return true;
            }
        }
        // tar xzf archive.tgz: the first argument holds the options without a dash
        return !tar.arguments().isEmpty() && tar.arguments().get(0).value().matches("[A-Za-z]*x[A-Za-z]*");
    }

    private static boolean isTarArchive(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (String extension : TAR_EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    private static String baseName(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
