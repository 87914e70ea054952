package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.Flag;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.InstructionKind;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DD5008: {@code chmod 777}, {@code chmod a+rwx}, {@code chmod o+w} or {@code COPY --chmod=666}
 * lets any user of the container (and any process that gets in) change those files.
 */
public final class WorldWritablePermissions implements DockerfileRule {

    private static final Pattern CHMOD_OPTIONS = Pattern.compile("-[RrcfvH]+");
    private static final Pattern OCTAL_MODE = Pattern.compile("[0-7]{3,4}");

    private static final RuleMetadata METADATA = new RuleMetadata("DD5008", "Do not make files world-writable",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none().withNistSp800190("4.1.2"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (HardeningShell.RunCommand each : HardeningShell.commands(context)) {
            ShellCommand command = each.command();
            if (command.isNamed("chmod")) {
                firstMode(command).filter(mode -> isWorldWritable(mode.value()))
                        .ifPresent(mode -> report(context, mode.range(), mode.value(), "chmod " + mode.value()));
            }
        }
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction.kind() == InstructionKind.COPY || instruction.kind() == InstructionKind.ADD) {
                for (Flag flag : instruction.flags("chmod")) {
                    if (isWorldWritable(flag.valueOrEmpty())) {
                        report(context, flag.valueRange(), flag.valueOrEmpty(), instruction.keyword().toUpperCase(Locale.ROOT) + " --chmod=" + flag.valueOrEmpty());
                    }
                }
            }
        }
    }

    private static void report(RuleContext context, SourceRange range, String mode, String what) {
        List<Fix> fixes = isOctal(mode) ? List.of(context.fix("Use mode " + withoutSharedWrite(mode), Fix.Safety.NEEDS_REVIEW,
                context.replace(range, withoutSharedWrite(mode)))) : List.of();
        context.report(range, what + " makes files writable by every user: grant write to the owner only"
                + (isOctal(mode) ? " (" + withoutSharedWrite(mode) + ")" : ""), fixes);
    }

    /** The mode argument: the first argument that is not an option ({@code -R}, {@code --reference=…}). */
    private static Optional<ShellWord> firstMode(ShellCommand command) {
        for (ShellWord argument : command.arguments()) {
            String value = argument.value();
            if (value.startsWith("--") || CHMOD_OPTIONS.matcher(value).matches()) {
                continue;
            }
            return Optional.of(argument);
        }
        return Optional.empty();
    }

    static boolean isWorldWritable(String mode) {
        if (isOctal(mode)) {
            int others = mode.charAt(mode.length() - 1) - '0';
            boolean sticky = mode.length() == 4 && ((mode.charAt(0) - '0') & 1) == 1;
            return (others & 2) != 0 && !sticky;
        }
        for (String clause : mode.split(",")) {
            int op = indexOfOperator(clause);
            if (op < 0 || clause.charAt(op) == '-') {
                continue;
            }
            String who = clause.substring(0, op);
            String permissions = clause.substring(op + 1);
            if ((who.contains("o") || who.contains("a")) && permissions.contains("w") && !permissions.contains("t")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOctal(String mode) {
        return OCTAL_MODE.matcher(mode).matches();
    }

    /** The mode with write taken from group and others: {@code 777} becomes {@code 755}, {@code 0666} {@code 0644}. */
    static String withoutSharedWrite(String mode) {
        StringBuilder result = new StringBuilder(mode);
        for (int i = mode.length() - 2; i < mode.length(); i++) {
            result.setCharAt(i, (char) ('0' + ((mode.charAt(i) - '0') & ~2)));
        }
        return result.toString();
    }

    private static int indexOfOperator(String clause) {
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == '+' || c == '-' || c == '=') {
                return i;
            }
        }
        return -1;
    }
}
