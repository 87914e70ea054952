package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.Connector;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * DD3003 (Hadolint DL3003): {@code cd} in RUN only lasts for that RUN and hides where later commands
 * run; WORKDIR states the directory once, creates it, and holds for every later instruction.
 */
public final class CdInsteadOfWorkdir implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3003", "Use WORKDIR to switch to a directory",
            Severity.WARNING, RuleCategory.MAINTAINABILITY, RuleReferences.none().withHadolint("DL3003"));
    /** An absolute path WORKDIR takes as it is: no variables, quotes or blanks. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9_./@+-]*");

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
                for (ShellCommand cd : script.commandsNamed("cd")) {
                    String message = "Use WORKDIR to switch to a directory instead of cd";
                    if (run.heredocs().isEmpty() && script.commandsNamed("cd").size() == 1 && leadsTheRun(script, cd)) {
                        context.report(cd.range(), message, workdirFix(context, run, script, cd));
                    } else {
                        context.report(cd.range(), message);
                    }
                }
            }
        }
    }

    /** {@code RUN cd /app && make}: the only cd, first, with one absolute directory and {@code &&} after it. */
    private static boolean leadsTheRun(ShellScript script, ShellCommand cd) {
        List<String> arguments = cd.argumentValues();
        return cd.index() == 0 && cd.depth() == 0 && cd.connectorAfter() == Connector.AND && cd.assignments().isEmpty()
                && cd.redirects().isEmpty() && arguments.size() == 1 && PLAIN_PATH.matcher(arguments.get(0)).matches()
                && script.next(cd).isPresent();
    }

    /** {@code RUN cd /app && make} becomes {@code WORKDIR /app} and {@code RUN make}; later instructions run in /app too. */
    private static Fix workdirFix(RuleContext context, RunInstruction run, ShellScript script, ShellCommand cd) {
        ShellCommand next = script.next(cd).orElseThrow();
        String indentation = ShellBatchSupport.indentationAt(context.dockerfile().text(), run.range().startOffset());
        String workdir = "WORKDIR " + cd.argumentValues().get(0) + "\n" + indentation;
        SourceRange cdAndConnector = new SourceRange(cd.range().start(), next.range().start());
        return context.fix("Move cd " + cd.argumentValues().get(0) + " to a WORKDIR before this RUN", Fix.Safety.NEEDS_REVIEW,
                context.insertBefore(run.range(), workdir), context.replace(cdAndConnector, ""));
    }
}
