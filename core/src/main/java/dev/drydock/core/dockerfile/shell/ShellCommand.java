package dev.drydock.core.dockerfile.shell;

import dev.drydock.core.dockerfile.SourceRange;

import java.util.List;
import java.util.Optional;

/**
 * One simple command of a shell script: {@code apt-get install -y curl > /dev/null}.
 *
 * @param words          the words, leading {@code NAME=value} assignments included, redirections excluded
 * @param redirects      the redirections, in order
 * @param text           the command as written
 * @param range          where it is written in the Dockerfile
 * @param connectorAfter the operator after it ({@link Connector#END} for the last one)
 * @param depth          how deep it sits inside {@code ( ... )} and {@code { ...; }} groups
 * @param index          its position in {@link ShellScript#commands()}
 * @param nameIndex      where the name is in {@code words}: after the assignments ({@code words.size()} when
 *                       there is no name); found once, as rules ask for the name of every command
 */
public record ShellCommand(List<ShellWord> words, List<Redirect> redirects, String text, SourceRange range,
                           Connector connectorAfter, int depth, int index, int nameIndex) {

    public ShellCommand {
        if (nameIndex != afterAssignments(words)) {
            throw new IllegalArgumentException("the name of '" + text + "' is word " + afterAssignments(words)
                    + ", not " + nameIndex);
        }
    }

    /** A command whose name is found here. */
    public ShellCommand(List<ShellWord> words, List<Redirect> redirects, String text, SourceRange range,
                        Connector connectorAfter, int depth, int index) {
        this(words, redirects, text, range, connectorAfter, depth, index, afterAssignments(words));
    }

    /** The leading {@code NAME=value} words. */
    public List<ShellWord> assignments() {
        return words.subList(0, nameIndex);
    }

    /** The command name's word: the first word after any assignments. */
    public Optional<ShellWord> nameWord() {
        int index = nameIndex;
        return index < words.size() ? Optional.of(words.get(index)) : Optional.empty();
    }

    /** The command name as the shell sees it ({@code /usr/bin/apt-get} stays whole); empty for none. */
    public String name() {
        int index = nameIndex;
        return index < words.size() ? words.get(index).value() : "";
    }

    /** The name without its directory: {@code apt-get} for {@code /usr/bin/apt-get}. */
    public String baseName() {
        return baseNameOf(name());
    }

    /** Whether the command is one of {@code names}, given either as its base name or as written. */
    public boolean isNamed(String... names) {
        String name = name();
        for (String candidate : names) {
            if (candidate.equals(name) || isBaseName(name, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** {@code baseNameOf(name).equals(candidate)} without searching a long name for its last slash (rules ask often). */
    private static boolean isBaseName(String name, String candidate) {
        int start = name.length() - candidate.length();
        return start > 0 && name.charAt(start - 1) == '/' && name.endsWith(candidate) && candidate.indexOf('/') < 0;
    }

    /** The words after the name. */
    public List<ShellWord> arguments() {
        int index = nameIndex;
        return index < words.size() ? words.subList(index + 1, words.size()) : List.of();
    }

    public boolean hasArgument(String value) {
        for (ShellWord argument : arguments()) {
            if (argument.value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a flag is given: {@code hasFlag("-y")} also finds it in a group such as {@code -qy};
     * {@code hasFlag("--yes")} also finds {@code --yes=true}.
     */
    public boolean hasFlag(String flag) {
        boolean shortFlag = flag.length() == 2 && flag.charAt(0) == '-' && flag.charAt(1) != '-';
        for (ShellWord argument : arguments()) {
            String value = argument.value();
            if (value.equals(flag) || (!shortFlag && value.startsWith(flag + "="))) {
                return true;
            }
            if (shortFlag && value.length() > 2 && value.charAt(0) == '-' && value.charAt(1) != '-'
                    && value.indexOf(flag.charAt(1), 1) > 0 && isLetters(value)) {
                return true;
            }
        }
        return false;
    }

    /** The argument values, as plain strings. */
    public List<String> argumentValues() {
        return arguments().stream().map(ShellWord::value).toList();
    }

    private static boolean isLetters(String group) {
        for (int i = 1; i < group.length(); i++) {
            if (!Character.isLetterOrDigit(group.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String baseNameOf(String name) {
        // indexOf first: it is intrinsic, lastIndexOf is a plain loop, and most names have no slash
        return name.indexOf('/') < 0 ? name : name.substring(name.lastIndexOf('/') + 1);
    }

    private static int afterAssignments(List<ShellWord> words) {
        int index = 0;
        while (index < words.size() && words.get(index).isAssignment()) {
            index++;
        }
        return index;
    }
}
