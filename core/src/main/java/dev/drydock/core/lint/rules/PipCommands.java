package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.lint.RuleContext;
import dev.drydock.core.lint.rules.PackageManagerCommands.RunCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds {@code pip install}: {@code pip}, {@code pip3}, {@code pip3.12}, and {@code python3 -m pip}. */
final class PipCommands {

    /** Options of {@code pip install} that take the next word as their value. */
    static final Set<String> WITH_VALUE = Set.of("-r", "--requirement", "-c", "--constraint", "-e", "--editable",
            "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root",
            "--platform", "--python-version", "--implementation", "--abi", "--src", "--upgrade-strategy",
            "--progress-bar", "--trusted-host", "--proxy", "--retries", "--timeout", "--cache-dir", "--log",
            "--global-option", "--config-settings", "-C", "--only-binary", "--no-binary", "--report",
            "--exists-action", "--python", "--root-user-action");

    private static final Pattern PIP = Pattern.compile("pip[0-9.]*");
    private static final Pattern PYTHON = Pattern.compile("python[0-9.]*");

    private PipCommands() {
    }

    /** A {@code pip install} command of a RUN, and its {@code install} word. */
    record PipInstall(RunCommand found, ShellWord install) {
    }

    static List<PipInstall> installs(RuleContext context) {
        List<PipInstall> installs = new ArrayList<>();
        for (RunCommand found : PackageManagerCommands.commandsMatching(context,
                command -> PIP.matcher(command.baseName()).matches() || PYTHON.matcher(command.baseName()).matches())) {
            install(found.command()).ifPresent(word -> installs.add(new PipInstall(found, word)));
        }
        return installs;
    }

    /** The {@code install} word when the command is a pip install. */
    static Optional<ShellWord> install(ShellCommand command) {
        List<ShellWord> arguments = command.arguments();
        int start = 0;
        if (PYTHON.matcher(command.baseName()).matches()) {
            int module = -1;
            for (int i = 0; i + 1 < arguments.size(); i++) {
                if (arguments.get(i).value().equals("-m") && arguments.get(i + 1).value().equals("pip")) {
                    module = i;
                    break;
                }
            }
            if (module < 0) {
                return Optional.empty();
            }
            start = module + 2;
        }
        for (int i = start; i < arguments.size(); i++) {
            String value = arguments.get(i).value();
            if (!value.startsWith("-")) {
                return value.equals("install") ? Optional.of(arguments.get(i)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The requirement words after {@code install}: {@code requests==2.31.0}, {@code ./wheel.whl}. */
    static List<ShellWord> requirements(PipInstall install) {
        List<ShellWord> arguments = install.found().command().arguments();
        List<ShellWord> requirements = new ArrayList<>();
        for (int i = arguments.indexOf(install.install()) + 1; i < arguments.size(); i++) {
            String value = arguments.get(i).value();
            if (WITH_VALUE.contains(value)) {
                i++;
            } else if (!value.startsWith("-")) {
                requirements.add(arguments.get(i));
            }
        }
        return requirements;
    }
}
