package dev.drydock.core.vuln.advice;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellScripts;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.image.scan.PackageType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact-version language installs of every {@code RUN} of a Dockerfile, every stage included (a
 * build stage often installs what a {@code COPY --from} brings into the final image): {@code npm install},
 * {@code npm i -g}, {@code yarn add}, {@code pnpm add}, {@code pip install} (also {@code pip3} and
 * {@code python -m pip}), {@code gem install} and {@code go install}. Ranges ({@code ^4.17.0},
 * {@code >=4.2}, {@code '~> 7.1'}) are not pins: they already take newer releases.
 */
public final class PinnedInstalls {

    private static final Set<String> NPM_INSTALL = Set.of("install", "i", "add");
    private static final Set<String> NPM_WITH_VALUE = Set.of("--prefix", "--registry", "--cache", "--tag", "-w",
            "--workspace", "--omit", "--include", "--userconfig");
    private static final Set<String> PIP_WITH_VALUE = Set.of("-r", "--requirement", "-c", "--constraint", "-i",
            "--index-url", "--extra-index-url", "-t", "--target", "--prefix", "--root", "-f", "--find-links",
            "--trusted-host", "--platform", "--python-version", "--cache-dir", "--src", "-e", "--editable");
    private static final Set<String> GEM_WITH_VALUE = Set.of("-i", "--install-dir", "-n", "--bindir", "-s", "--source",
            "-p", "--http-proxy", "--platform", "-N");
    private static final Pattern EXACT = Pattern.compile("v?[0-9][0-9A-Za-z.+_-]*");
    private static final Pattern PIP_PIN = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*)(\\[[^]]*])?===?([0-9][0-9A-Za-z.+!_-]*)");

    private PinnedInstalls() {
    }

    public static List<PinnedInstall> of(Dockerfile dockerfile) {
        List<PinnedInstall> found = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof RunInstruction run) {
                for (ShellScript script : ShellScripts.of(dockerfile, run)) {
                    for (ShellCommand command : script.commands()) {
                        read(dockerfile.text(), run, command, found);
                    }
                }
            }
        }
        return found;
    }

    private static void read(String text, RunInstruction run, ShellCommand command, List<PinnedInstall> found) {
        List<ShellWord> args = command.arguments();
        if (command.isNamed("npm", "yarn", "pnpm")) {
            for (ShellWord word : operands(args, NPM_INSTALL, NPM_WITH_VALUE)) {
                atSign(text, run, command.baseName(), PackageType.NPM, word).ifPresent(found::add);
            }
        } else if (command.isNamed("go") && args.size() >= 2 && args.get(0).value().equals("install")) {
            for (ShellWord word : operands(args, Set.of("install"), Set.of())) {
                atSign(text, run, "go", PackageType.GOLANG, word).ifPresent(found::add);
            }
        } else if (command.isNamed("pip", "pip3") || isPythonMinusMPip(command)) {
            List<ShellWord> afterPip = command.isNamed("pip", "pip3") ? args : args.subList(2, args.size());
            for (ShellWord word : operands(afterPip, Set.of("install"), PIP_WITH_VALUE)) {
                Matcher pin = PIP_PIN.matcher(word.value());
                if (pin.matches()) {
                    located(text, run, "pip", PackageType.PYPI, word, pin.group(1), pin.group(3)).ifPresent(found::add);
                }
            }
        } else if (command.isNamed("gem")) {
            readGem(text, run, args, found);
        }
    }

    /** {@code gem install rails -v 7.1.3}, {@code --version 7.1.3}, or {@code rails:7.1.3}. */
    private static void readGem(String text, RunInstruction run, List<ShellWord> args, List<PinnedInstall> found) {
        List<ShellWord> gems = operands(args, Set.of("install", "i"), withVersionOption(GEM_WITH_VALUE));
        for (int i = 0; i < args.size() - 1; i++) {
            String option = args.get(i).value();
            if ((option.equals("-v") || option.equals("--version")) && gems.size() == 1) {
                ShellWord version = args.get(i + 1);
                if (EXACT.matcher(version.value()).matches()) {
                    located(text, run, "gem", PackageType.GEM, version, gems.get(0).value(), version.value())
                            .ifPresent(found::add);
                }
            }
        }
        for (ShellWord gem : gems) {
            int colon = gem.value().indexOf(':');
            if (colon > 0 && EXACT.matcher(gem.value().substring(colon + 1)).matches()) {
                located(text, run, "gem", PackageType.GEM, gem, gem.value().substring(0, colon),
                        gem.value().substring(colon + 1)).ifPresent(found::add);
            }
        }
    }

    private static Set<String> withVersionOption(Set<String> options) {
        Set<String> all = new java.util.HashSet<>(options);
        all.add("-v");
        all.add("--version");
        return all;
    }

    private static boolean isPythonMinusMPip(ShellCommand command) {
        List<String> args = command.argumentValues();
        return command.baseName().startsWith("python") && args.size() >= 3 && args.get(0).equals("-m")
                && (args.get(1).equals("pip") || args.get(1).equals("pip3"));
    }

    /** {@code name@version}, the name possibly scoped ({@code @babel/core@7.23.2}). */
    private static Optional<PinnedInstall> atSign(String text, RunInstruction run, String command, PackageType type,
                                                  ShellWord word) {
        String value = word.value();
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        String version = value.substring(at + 1);
        return EXACT.matcher(version).matches()
                ? located(text, run, command, type, word, value.substring(0, at), version) : Optional.empty();
    }

    /** The pin, when its version is written as such at the end of the word (quotes aside), so it can be replaced in place. */
    private static Optional<PinnedInstall> located(String text, RunInstruction run, String command, PackageType type,
                                                   ShellWord word, String name, String version) {
        String written = word.range().text(text);
        int end = written.length();
        while (end > 0 && (written.charAt(end - 1) == '"' || written.charAt(end - 1) == '\'')) {
            end--;
        }
        if (!written.substring(0, end).endsWith(version)) {
            return Optional.empty();
        }
        int start = word.range().startOffset() + end - version.length();
        return Optional.of(new PinnedInstall(type, run, command, name, version, start, start + version.length()));
    }

    /** The words after the sub-command ({@code install}) that are neither options nor option values. */
    private static List<ShellWord> operands(List<ShellWord> args, Set<String> subcommands, Set<String> withValue) {
        List<ShellWord> operands = new ArrayList<>();
        boolean afterSubcommand = false;
        for (int i = 0; i < args.size(); i++) {
            String value = args.get(i).value();
            if (withValue.contains(value)) {
                i++;
            } else if (value.startsWith("-")) {
                continue;
            } else if (!afterSubcommand) {
                if (!subcommands.contains(value)) {
                    return List.of();
                }
                afterSubcommand = true;
            } else {
                operands.add(args.get(i));
            }
        }
        return operands;
    }
}
