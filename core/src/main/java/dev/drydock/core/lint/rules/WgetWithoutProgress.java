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

/**
 * DD3047 (Hadolint DL3047): wget's default progress bar writes a line per few kilobytes into a
 * non-terminal build log, bloating it by megabytes. Quiet, no-verbose or log-file flags also settle it.
 * BusyBox wget (Alpine) has no {@code --progress}; there the fix adds {@code -q}.
 */
public final class WgetWithoutProgress implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3047", "Avoid wget without a progress setting",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3047"));

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
                for (ShellCommand wget : script.commands()) {
                    if (wget.name().equals("wget") && !quietEnough(wget)) {
                        ShellWord name = wget.nameWord().orElseThrow();
                        Fix fix = ShellBatchSupport.onBusybox(context.dockerfile(), run)
                                ? context.fix("Add -q", Fix.Safety.SAFE, context.insertAfter(name.range(), " -q"))
                                : context.fix("Add --progress=dot:giga", Fix.Safety.SAFE,
                                        context.insertAfter(name.range(), " --progress=dot:giga"));
                        context.report(name.range(), "Use wget --progress=dot:giga (or -q / -nv): the default "
                                + "progress bar floods the build log", fix);
                    }
                }
            }
        }
    }

    private static boolean quietEnough(ShellCommand wget) {
        return wget.hasFlag("--progress") || wget.hasFlag("--quiet") || wget.hasFlag("--output-file")
                || wget.hasFlag("--append-output") || wget.hasFlag("--no-verbose") || wget.hasArgument("-nv")
                || wget.arguments().stream().anyMatch(word -> inShortGroup(word.value(), "qoa"));
    }

    /** {@code -q}, {@code -qO-}, {@code -cq}: one of {@code letters} among the leading letters of a short-option group. */
    private static boolean inShortGroup(String argument, String letters) {
        if (argument.length() < 2 || argument.charAt(0) != '-' || argument.charAt(1) == '-') {
            return false;
        }
        for (int i = 1; i < argument.length() && Character.isLetter(argument.charAt(i)); i++) {
            if (letters.indexOf(argument.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
