package dev.drydock.core.lint.rules;

import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.instruction.Flag;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.OnbuildInstruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.Connector;
import dev.drydock.core.dockerfile.shell.ShellCommand;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellWord;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the package-manager rules share: finding the package-manager commands of every RUN, their
 * sub-command and package words, cache mounts, and the text edit that appends a clean-up command.
 */
final class PackageManagerCommands {

    private PackageManagerCommands() {
    }

    /** One shell command of a RUN, with the script it belongs to. */
    record RunCommand(RunInstruction run, ShellScript script, ShellCommand command) {
    }

    /** Every command named one of {@code names} in the POSIX-shell RUNs of the file, in reading order. */
    static List<RunCommand> commands(RuleContext context, String... names) {
        return commandsMatching(context, command -> command.isNamed(names));
    }

    /** Every command of the POSIX-shell RUNs of the file that {@code matches}, in reading order. */
    static List<RunCommand> commandsMatching(RuleContext context, Predicate<ShellCommand> matches) {
        List<RunCommand> found = new ArrayList<>();
        for (RunInstruction run : runs(context)) {
            for (ShellScript script : context.shellScripts(run)) {
                for (ShellCommand command : script.commands()) {
                    if (matches.test(command)) {
                        found.add(new RunCommand(run, script, command));
                    }
                }
            }
        }
        return found;
    }

    /** The RUN instructions of the file, {@code ONBUILD RUN} triggers included (they run in the images built on it). */
    static List<RunInstruction> runs(RuleContext context) {
        List<RunInstruction> runs = new ArrayList<>();
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof RunInstruction run) {
                runs.add(run);
            } else if (instruction instanceof OnbuildInstruction onbuild
                    && onbuild.trigger().orElse(null) instanceof RunInstruction trigger) {
                runs.add(trigger);
            }
        }
        return runs;
    }

    /**
     * The sub-command word ({@code install} in {@code apt-get -q install curl}): the first argument that
     * is not an option nor the value of one of {@code optionsWithValue}.
     */
    static Optional<ShellWord> subcommand(ShellCommand command, Set<String> optionsWithValue) {
        List<ShellWord> arguments = command.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            String value = arguments.get(i).value();
            if (optionsWithValue.contains(value)) {
                i++;
            } else if (!value.startsWith("-")) {
                return Optional.of(arguments.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether the command's sub-command is one of {@code names}. */
    static boolean hasSubcommand(ShellCommand command, Set<String> optionsWithValue, String... names) {
        Optional<ShellWord> word = subcommand(command, optionsWithValue);
        return word.isPresent() && List.of(names).contains(word.get().value());
    }

    /**
     * The words after the sub-command that are not options nor option values: the packages of
     * {@code apt-get install -y curl=8.5.0-2 wget}.
     */
    static List<ShellWord> operands(ShellCommand command, Set<String> optionsWithValue) {
        List<ShellWord> arguments = command.arguments();
        Optional<ShellWord> sub = subcommand(command, optionsWithValue);
        List<ShellWord> operands = new ArrayList<>();
        if (sub.isEmpty()) {
            return operands;
        }
        for (int i = arguments.indexOf(sub.get()) + 1; i < arguments.size(); i++) {
            String value = arguments.get(i).value();
            if (optionsWithValue.contains(value)) {
                i++;
            } else if (!value.startsWith("-")) {
                operands.add(arguments.get(i));
            }
        }
        return operands;
    }

    /** Whether the command is a recursive {@code rm} of {@code directory} or of what it holds. */
    static boolean removesDirectory(ShellCommand command, String directory) {
        if (!command.isNamed("rm") || !(command.hasFlag("-r") || command.hasFlag("-R") || command.hasFlag("--recursive"))) {
            return false;
        }
        return command.argumentValues().stream().anyMatch(path -> path.equals(directory) || path.startsWith(directory + "/"));
    }

    /** Whether a word is only a variable (its value unknown here): {@code $PACKAGES}, {@code ${DEPS}}. */
    static boolean isVariable(ShellWord word) {
        return word.value().startsWith("$");
    }

    /** From the command's name to its sub-command: {@code apt-get install}, where a finding reads best. */
    static SourceRange nameToSubcommand(ShellCommand command, ShellWord subcommand) {
        return new SourceRange(command.nameWord().orElseThrow().range().start(), subcommand.range().end());
    }

    /**
     * Whether a {@code --mount=type=cache} (or {@code tmpfs}) of the RUN holds {@code directory}: its
     * target is that directory or one above it, so nothing written there stays in the image.
     */
    static boolean isCacheMounted(RunInstruction run, String directory) {
        for (Flag mount : run.flags("mount")) {
            String type = "bind";
            String target = null;
            for (String option : mount.valueOrEmpty().split(",")) {
                int equals = option.indexOf('=');
                String key = (equals < 0 ? option : option.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
                String value = equals < 0 ? "" : unquote(option.substring(equals + 1).strip());
                if (key.equals("type")) {
                    type = value;
                } else if (key.equals("target") || key.equals("dst") || key.equals("destination")) {
                    target = value;
                }
            }
            if ((type.equals("cache") || type.equals("tmpfs")) && target != null && holds(target, directory)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(String target, String directory) {
        String top = trimSlashes(target);
        String path = trimSlashes(directory);
        return path.equals(top) || path.startsWith(top + "/") || top.isEmpty();
    }

    private static String trimSlashes(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /**
     * An edit that runs {@code cleanup} after the last command of {@code script}, joined with
     * {@code &&} so a failed step still fails the build; empty for an exec-form RUN, which has no shell
     * to join commands.
     */
    static Optional<TextEdit> appendToScript(RuleContext context, RunInstruction run, ShellScript script, String cleanup) {
        if (script.isEmpty() || run.command().isExecForm() && script == context.shellScripts(run).get(0)) {
            return Optional.empty();
        }
        ShellCommand last = script.commands().get(script.commands().size() - 1);
        if (last.connectorAfter() == Connector.PIPE) {
            return Optional.empty();
        }
        return Optional.of(context.insertAfter(last.range(), " && " + cleanup));
    }

    /**
     * An edit that adds {@code option} right after {@code word}: {@code " -y"} in a shell command,
     * {@code , "-y"} in an exec-form (JSON) RUN.
     */
    static TextEdit insertOptionAfter(RuleContext context, RunCommand found, ShellWord word, String option) {
        boolean json = found.run().command().isExecForm() && found.script() == context.shellScripts(found.run()).get(0);
        return context.insertAfter(word.range(), json ? ", \"" + option + "\"" : " " + option);
    }
}
