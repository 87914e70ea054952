package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Optional;

/**
 * DD3046 (Hadolint DL3046): {@code useradd} writes the user's entry into the sparse files
 * {@code /var/log/lastlog} and {@code faillog} at an offset of its UID; in a layer the sparse file is
 * stored in full, so a high UID adds gigabytes. {@code -l} ({@code --no-log-init}) skips them.
 */
public final class UseraddWithoutNoLogInit implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3046",
            "useradd without -l and a high UID makes an excessively large image", Severity.WARNING,
            RuleCategory.IMAGE_SIZE, RuleReferences.none().withHadolint("DL3046"));
    /** Hadolint's threshold: a UID of more than five digits. */
    private static final int HIGH_UID_DIGITS = 5;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (ShellScript script : context.shellScripts(run)) {
                for (ShellCommand useradd : script.commands()) {
                    if (!useradd.name().equals("useradd") || useradd.hasFlag("-l") || useradd.hasFlag("--no-log-init")) {
                        continue;
                    }
                    Optional<String> uid = uid(useradd.arguments());
                    if (uid.isPresent() && uid.get().length() > HIGH_UID_DIGITS) {
                        ShellWord name = useradd.nameWord().orElseThrow();
                        Fix fix = context.fix("Add -l (--no-log-init)", Fix.Safety.SAFE, context.insertAfter(name.range(), " -l"));
                        context.report(name.range(), "useradd with the high UID " + uid.get() + " and without -l "
                                + "writes gigabytes of sparse log files into the layer: add -l", fix);
                    }
                }
            }
        }
    }

    /** The value of {@code -u 100000}, {@code -u100000}, {@code --uid 100000} or {@code --uid=100000}. */
    private static Optional<String> uid(List<ShellWord> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i).value();
            if ((argument.equals("-u") || argument.equals("--uid")) && i + 1 < arguments.size()) {
                return Optional.of(arguments.get(i + 1).value());
            }
            if (argument.startsWith("--uid=")) {
                return Optional.of(argument.substring("--uid=".length()));
            }
            if (argument.startsWith("-u") && !argument.startsWith("--") && argument.length() > 2) {
                return Optional.of(argument.substring(2));
            }
        }
        return Optional.empty();
    }
}
