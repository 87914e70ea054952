package dev.drydock.core.findings.suppress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pragmas from comment text, as leniently as Hadolint: the leading {@code #} is optional,
 * keywords are in any case, spaces may surround {@code =} and {@code ,}. Text after the list of
 * codes (a reason, say) is allowed and ignored. Anything else is an ordinary comment.
 */
public final class PragmaParser {

    private static final String CODE = "[A-Za-z]+[0-9]+";
    private static final Pattern IGNORE = Pattern.compile(
            "#?\\s*(drydock|hadolint)\\s+(global\\s+)?ignore\\s*=\\s*(" + CODE + "(?:\\s*,\\s*" + CODE + ")*)(?:\\s.*)?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SHELL = Pattern.compile(
            "#?\\s*(drydock|hadolint)\\s+shell\\s*=\\s*(\\S+)\\s*", Pattern.CASE_INSENSITIVE);

    private PragmaParser() {
    }

    /** The pragma in {@code commentText}, if it is one. */
    public static Optional<Pragma> parse(String commentText) {
        String text = commentText.strip();
        Matcher ignore = IGNORE.matcher(text);
        if (ignore.matches()) {
            List<String> codes = new ArrayList<>();
            for (String code : ignore.group(3).split(",")) {
                codes.add(code.strip().toUpperCase(Locale.ROOT));
            }
            return Optional.of(new Pragma.Ignore(tool(ignore.group(1)), ignore.group(2) != null, codes));
        }
        Matcher shell = SHELL.matcher(text);
        if (shell.matches()) {
            return Optional.of(new Pragma.Shell(tool(shell.group(1)), shell.group(2)));
        }
        return Optional.empty();
    }

    /** The shell named by the last shell pragma among {@code sites}, if any. */
    public static Optional<String> shellOverride(List<PragmaSite> sites) {
        Optional<String> shell = Optional.empty();
        for (PragmaSite site : sites) {
            Optional<Pragma> pragma = parse(site.commentText());
            if (pragma.isPresent() && pragma.get() instanceof Pragma.Shell found) {
                shell = Optional.of(found.shell());
            }
        }
        return shell;
    }

    private static Pragma.Tool tool(String name) {
        return name.equalsIgnoreCase("hadolint") ? Pragma.Tool.HADOLINT : Pragma.Tool.DRYDOCK;
    }
}
