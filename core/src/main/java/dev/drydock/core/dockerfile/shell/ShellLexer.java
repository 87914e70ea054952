package dev.drydock.core.dockerfile.shell;

import dev.drydock.core.dockerfile.LogicalText;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts POSIX shell text into words and operators in one pass: quotes, backslash escapes, comments,
 * line continuations, {@code $(...)}, {@code ${...}} and backticks kept whole inside words, redirections
 * with their file descriptors, and the bodies of heredocs inside the script skipped.
 */
final class ShellLexer {

    private final LogicalText source;
    private final String text;
    private final List<ShellToken> tokens = new ArrayList<>();
    private final Deque<String[]> pendingHeredocs = new ArrayDeque<>();
    private int pos;

    private ShellLexer(LogicalText source) {
        this.source = source;
        this.text = source.text();
    }

    static List<ShellToken> tokens(LogicalText source) {
        ShellLexer lexer = new ShellLexer(source);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos += 2;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\n') {
                operator("\n", 1);
                skipHeredocBodies();
            } else if (!operatorAt(c)) {
                word();
            }
        }
    }

    /** Reads a control or redirection operator starting at {@code pos}; false when there is none. */
    private boolean operatorAt(char c) {
        switch (c) {
            case '&' -> {
                if (startsWith("&&")) {
                    operator("&&", 2);
                } else if (startsWith("&>>")) {
                    redirection("&>>", pos, 3);
                } else if (startsWith("&>")) {
                    redirection("&>", pos, 2);
                } else {
                    operator("&", 1);
                }
            }
            case '|' -> operator(startsWith("||") ? "||" : startsWith("|&") ? "|&" : "|", startsWith("||")
                    || startsWith("|&") ? 2 : 1);
            case ';' -> operator(startsWith(";;") ? ";;" : ";", startsWith(";;") ? 2 : 1);
            case '(', ')' -> operator(String.valueOf(c), 1);
            case '<', '>' -> redirection(pos);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void operator(String symbol, int length) {
        tokens.add(new ShellToken(ShellToken.Type.OPERATOR, symbol.equals("|&") ? "|" : symbol, null, pos,
                pos + length));
        pos += length;
    }

    /** A redirection whose operator starts at {@code pos}; {@code from} includes a file descriptor before it. */
    private void redirection(int from) {
        String[] operators = {"<<<", "<<-", "<<", "<&", "<>", "<", ">>", ">&", ">|", ">"};
        for (String operator : operators) {
            if (startsWith(operator)) {
                redirection(operator, from, operator.length());
                return;
            }
        }
    }

    private void redirection(String operator, int from, int length) {
        String symbol = text.substring(from, pos + length);
        tokens.add(new ShellToken(ShellToken.Type.REDIRECTION, symbol, null, from, pos + length));
        pos += length;
        if (operator.equals("<<") || operator.equals("<<-")) {
            int save = tokens.size();
            while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
            if (pos < text.length() && !isMeta(text.charAt(pos))) {
                word();
                ShellToken delimiter = tokens.size() > save ? tokens.get(save) : null;
                if (delimiter != null && delimiter.type() == ShellToken.Type.WORD) {
                    pendingHeredocs.add(new String[] {delimiter.word().value(), operator});
                }
            }
        }
    }

    private void word() {
        int start = pos;
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean unquoted = false;
        char wholeQuote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isMeta(c) || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if ((c == '<' || c == '>') && isDigits(start, pos)) {
                    redirection(start);
                    return;
                }
                break;
            }
            if (c == '\'') {
                int close = text.indexOf('\'', pos + 1);
                int end = close < 0 ? text.length() : close;
                value.append(text, pos + 1, end);
                pos = close < 0 ? end : end + 1;
                wholeQuote = quoted || unquoted ? 0 : '\'';
                quoted = true;
            } else if (c == '"') {
                pos = ShellQuotes.doubleQuoted(text, pos + 1, value);
                wholeQuote = quoted || unquoted ? 0 : '"';
                quoted = true;
            } else if (c == '\\') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) != '\n') {
                    value.append(text.charAt(pos + 1));
                }
                pos = Math.min(pos + 2, text.length());
                unquoted = true;
            } else if (c == '$' || c == '`') {
                int end = ShellQuotes.substitutionEnd(text, pos);
                value.append(text, pos, end);
                pos = end;
                unquoted = true;
            } else {
                value.append(c);
                pos++;
                unquoted = true;
            }
        }
        QuoteKind quote = !quoted ? QuoteKind.NONE : unquoted || wholeQuote == 0 ? QuoteKind.MIXED
                : wholeQuote == '\'' ? QuoteKind.SINGLE : QuoteKind.DOUBLE;
        ShellWord word = new ShellWord(value.toString(), text.substring(start, pos), source.range(start, pos), quote);
        tokens.add(new ShellToken(ShellToken.Type.WORD, null, word, start, pos));
    }

    /** After a line break: skips the bodies of heredocs opened on the line before. */
    private void skipHeredocBodies() {
        while (!pendingHeredocs.isEmpty()) {
            String[] heredoc = pendingHeredocs.poll();
            boolean stripTabs = heredoc[1].equals("<<-");
            while (pos < text.length()) {
                int lineEnd = text.indexOf('\n', pos);
                int end = lineEnd < 0 ? text.length() : lineEnd;
                int content = pos;
                while (stripTabs && content < end && text.charAt(content) == '\t') {
                    content++;
                }
                int contentEnd = end > content && text.charAt(end - 1) == '\r' ? end - 1 : end;
                boolean delimiter = text.substring(content, contentEnd).equals(heredoc[0]);
                pos = lineEnd < 0 ? text.length() : lineEnd + 1;
                if (delimiter) {
                    break;
                }
            }
        }
    }

    private boolean isDigits(int from, int to) {
        if (from == to || to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMeta(char c) {
        return c == '&' || c == '|' || c == ';' || c == '(' || c == ')' || c == '<' || c == '>';
    }

    private boolean startsWith(String operator) {
        return text.startsWith(operator, pos);
    }
}
