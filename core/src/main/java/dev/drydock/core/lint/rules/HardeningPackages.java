package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellWord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The package names that apt-get, apk, yum, dnf, microdnf and zypper commands install or remove. */
final class HardeningPackages {

    private static final Map<String, Set<String>> INSTALL = Map.of(
            "apt-get", Set.of("install"), "apt", Set.of("install"), "aptitude", Set.of("install"),
            "apk", Set.of("add"), "yum", Set.of("install"), "dnf", Set.of("install"),
            "microdnf", Set.of("install"), "tdnf", Set.of("install"), "zypper", Set.of("install", "in"));

    private static final Map<String, Set<String>> REMOVE = Map.of(
            "apt-get", Set.of("remove", "purge", "autoremove"), "apt", Set.of("remove", "purge", "autoremove"),
            "apk", Set.of("del"), "yum", Set.of("remove", "erase"), "dnf", Set.of("remove", "erase"),
            "microdnf", Set.of("remove"), "tdnf", Set.of("remove", "erase"), "zypper", Set.of("remove", "rm"));

    /** Options whose value is the next word. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-o", "-t", "--target-release", "--virtual",
            "-X", "--repository", "--root", "-c", "--config", "--enablerepo", "--disablerepo", "--setopt");

    private HardeningPackages() {
    }

    /** The package words of a command that installs packages; empty for any other command. */
    static List<ShellWord> installed(ShellCommand command) {
        return packages(command, INSTALL);
    }

    /** The package words of a command that removes packages (apk's virtual package names included). */
    static List<ShellWord> removed(ShellCommand command) {
        return packages(command, REMOVE);
    }

    /** The name of apk's {@code --virtual}/{@code -t} package of an {@code apk add}, or "". */
    static String virtualPackage(ShellCommand command) {
        if (!command.isNamed("apk")) {
            return "";
        }
        List<ShellWord> arguments = command.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            String value = arguments.get(i).value();
            if ((value.equals("--virtual") || value.equals("-t")) && i + 1 < arguments.size()) {
                return arguments.get(i + 1).value();
            }
            if (value.startsWith("--virtual=")) {
                return value.substring("--virtual=".length());
            }
        }
        return "";
    }

    /** A package word without its version: {@code gcc=4:12} and {@code gcc-12.2} stay {@code gcc}/{@code gcc-12.2}. */
    static String name(ShellWord word) {
        String value = word.value();
        int cut = value.length();
        for (char separator : new char[] {'=', '<', '>', '~'}) {
            int at = value.indexOf(separator);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return value.substring(0, cut);
    }

    private static List<ShellWord> packages(ShellCommand command, Map<String, Set<String>> subcommands) {
        Set<String> wanted = subcommands.get(command.baseName());
        if (wanted == null) {
            return List.of();
        }
        List<ShellWord> arguments = command.arguments();
        List<ShellWord> result = new ArrayList<>();
        boolean found = false;
        for (int i = 0; i < arguments.size(); i++) {
            String value = arguments.get(i).value();
            if (value.startsWith("-")) {
                if (OPTIONS_WITH_VALUE.contains(value)) {
                    i++;
                }
            } else if (!found) {
                found = wanted.contains(value);
                if (!found) {
                    return List.of();
                }
            } else {
                result.add(arguments.get(i));
            }
        }
        return result;
    }
}
