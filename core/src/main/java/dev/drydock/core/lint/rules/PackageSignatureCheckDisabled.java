package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DD5012: a package manager told to install packages whose signature or digest it has not verified
 * ({@code apt-get --allow-unauthenticated}, {@code apk --allow-untrusted}, {@code rpm --nosignature},
 * {@code yum --nogpgcheck}, ...). Anyone between the build and the mirror can then slip in a package.
 */
public final class PackageSignatureCheckDisabled implements DockerfileRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DD5012", "Do not disable package signature checks",
            Severity.ERROR, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.11").withNistSp800190("4.1.3"));

    /** Flags that switch verification off, by command. */
    private static final Map<String, Set<String>> FLAGS = Map.of(
            "apt-get", Set.of("--allow-unauthenticated", "--allow-insecure-repositories"),
            "apt", Set.of("--allow-unauthenticated", "--allow-insecure-repositories"),
            "apk", Set.of("--allow-untrusted"),
            "rpm", Set.of("--nosignature", "--nodigest", "--nofiledigest"),
            "yum", Set.of("--nogpgcheck"),
            "dnf", Set.of("--nogpgcheck", "--no-gpgchecks"),
            "microdnf", Set.of("--nogpgcheck"),
            "tdnf", Set.of("--nogpgcheck"),
            "zypper", Set.of("--no-gpg-checks"));

    /** Settings given as {@code -o NAME=true} (apt) or {@code --setopt=NAME=0} (yum, dnf) that do the same. */
    private static final List<String> APT_SETTINGS = List.of("apt::get::allowunauthenticated=true",
            "acquire::allowinsecurerepositories=true", "apt::get::allowunauthenticated=1",
            "acquire::allowinsecurerepositories=1");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        for (RunCommand found : PackageManagerCommands.commands(context, FLAGS.keySet().toArray(String[]::new))) {
            ShellCommand command = found.command();
            Set<String> flags = FLAGS.get(command.baseName());
            List<ShellWord> arguments = command.arguments();
            for (int i = 0; i < arguments.size(); i++) {
                ShellWord word = arguments.get(i);
                String value = word.value().toLowerCase(Locale.ROOT);
                if (flags.contains(value)) {
                    report(context, command, i, i, word.value());
                } else if (isAptSetting(command, value)) {
                    report(context, command, i, i, word.value());
                } else if ((value.equals("-o") || value.equals("--option")) && i + 1 < arguments.size()
                        && isAptSetting(command, "-o" + arguments.get(i + 1).value().toLowerCase(Locale.ROOT))) {
                    report(context, command, i, i + 1, word.value() + " " + arguments.get(i + 1).value());
                    i++;
                } else if (isGpgCheckOff(command, value)) {
                    report(context, command, i, i, word.value());
                }
            }
        }
    }

    private static boolean isAptSetting(ShellCommand command, String value) {
        return command.isNamed("apt-get", "apt") && value.startsWith("-o")
                && APT_SETTINGS.stream().anyMatch(setting -> value.endsWith(setting) && value.length() == setting.length() + 2);
    }

    /** {@code --setopt=gpgcheck=0}, {@code --setopt=*.gpgcheck=false} and the like, for yum and dnf. */
    private static boolean isGpgCheckOff(ShellCommand command, String value) {
        if (!command.isNamed("yum", "dnf", "microdnf", "tdnf") || !value.startsWith("--setopt=")) {
            return false;
        }
        String setting = value.substring("--setopt=".length());
        return (setting.startsWith("gpgcheck=") || setting.contains(".gpgcheck=") || setting.contains("repo_gpgcheck="))
                && Set.of("0", "false", "no", "off").contains(setting.substring(setting.lastIndexOf('=') + 1));
    }

    private static void report(RuleContext context, ShellCommand command, int first, int last, String shown) {
        List<ShellWord> arguments = command.arguments();
        ShellWord before = first == 0 ? command.nameWord().orElseThrow() : arguments.get(first - 1);
        SourceRange flag = new SourceRange(arguments.get(first).range().start(), arguments.get(last).range().end());
        SourceRange removed = new SourceRange(before.range().end(), arguments.get(last).range().end());
        Fix fix = context.fix("Remove " + shown, Fix.Safety.NEEDS_REVIEW, context.replace(removed, ""));
        context.report(flag, command.baseName() + " " + shown + " installs packages without checking their signature:"
                + " remove it and trust the repository's key instead", fix);
    }
}
