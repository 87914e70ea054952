package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.Variable;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PipCommands.PipInstall;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * DD3042 (Hadolint DL3042): {@code pip install} keeps every downloaded wheel in {@code ~/.cache/pip},
 * which then ships in the layer. Not reported when {@code --no-cache-dir} is given, when
 * {@code PIP_NO_CACHE_DIR} is set to a true value (by ENV, or on the command), or when the cache
 * directory is a cache mount.
 */
public final class PipWithoutNoCacheDir implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD3042", "Use --no-cache-dir with pip install",
            Severity.WARNING, RuleCategory.IMAGE_SIZE, RuleReferences.none().withHadolint("DL3042"));

    private static final String VARIABLE = "PIP_NO_CACHE_DIR";
    private static final Set<String> TRUE = Set.of("1", "true", "on", "yes");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (PipInstall install : PipCommands.installs(context)) {
            if (isSatisfied(context, install)) {
                continue;
            }
            ShellWord word = install.install();
            Fix fix = context.fix("Add --no-cache-dir", Fix.Safety.SAFE,
                    PackageManagerCommands.insertOptionAfter(context, install.found(), word, "--no-cache-dir"));
            context.report(PackageManagerCommands.nameToSubcommand(install.found().command(), word),
                    "pip keeps downloaded packages in ~/.cache/pip: add --no-cache-dir", fix);
        }
    }

    private static boolean isSatisfied(RuleContext context, PipInstall install) {
        ShellCommand command = install.found().command();
        if (command.hasArgument("--no-cache-dir")
                || PackageManagerCommands.isCacheMounted(install.found().run(), "/root/.cache/pip")) {
            return true;
        }
        Optional<Variable> env = context.dockerfile().variablesAt(install.found().run()).get(VARIABLE);
        if (env.isPresent() && env.get().environment() && env.get().value().map(PipWithoutNoCacheDir::isTrue).orElse(false)) {
            return true;
        }
        for (ShellCommand each : install.found().script().commands()) {
            boolean before = each.index() <= command.index();
            boolean sets = each == command ? setsVariable(each.assignments())
                    : each.isNamed("export") && setsVariable(each.arguments());
            if (before && sets) {
                return true;
            }
        }
        return false;
    }

    private static boolean setsVariable(List<ShellWord> words) {
        return words.stream().anyMatch(w -> w.value().startsWith(VARIABLE + "=")
                && isTrue(w.value().substring(VARIABLE.length() + 1)));
    }

    private static boolean isTrue(String value) {
        return TRUE.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
