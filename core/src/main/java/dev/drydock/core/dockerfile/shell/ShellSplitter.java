package dev.drydock.core.dockerfile.shell;

import dev.drydock.core.dockerfile.LogicalText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits POSIX shell text into simple commands on {@code &&}, {@code ||}, {@code ;}, {@code |},
 * {@code &} and line breaks, through {@code ( ... )} subshells and {@code { ...; }} groups. Keywords
 * that only lead into a command ({@code if}, {@code then}, {@code do}, {@code !}...) are skipped so
 * that {@code then apt-get install} is an {@code apt-get} command. Linear in the text; never throws.
 */
public final class ShellSplitter {

    private static final Set<String> LEADING_KEYWORDS =
            Set.of("if", "then", "else", "elif", "do", "while", "until", "!", "time");
    private static final Set<String> CLOSING_KEYWORDS = Set.of("fi", "done", "esac", "}");

    private final LogicalText source;
    private final List<ShellCommand> commands = new ArrayList<>();
    private final List<Pipe> pipes = new ArrayList<>();
    private List<ShellWord> words = new ArrayList<>();
    private List<Redirect> redirects = new ArrayList<>();
    private int commandFrom = -1;
    private int commandTo;
    private int depth;
    private ShellCommand pipedFrom;

    private ShellSplitter(LogicalText source) {
        this.source = source;
    }

    /** Splits {@code text} (a RUN's shell form, or a heredoc body) into commands. */
    public static ShellScript split(LogicalText text) {
        ShellSplitter splitter = new ShellSplitter(text);
        splitter.run(ShellLexer.tokens(text));
        return new ShellScript(List.copyOf(splitter.commands), List.copyOf(splitter.pipes));
    }

    private void run(List<ShellToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            ShellToken token = tokens.get(i);
            switch (token.type()) {
                case WORD -> word(token);
                case REDIRECTION -> {
                    ShellToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                    boolean hasTarget = next != null && next.type() == ShellToken.Type.WORD;
                    int to = hasTarget ? next.to() : token.to();
                    redirects.add(new Redirect(token.symbol(), hasTarget ? Optional.of(next.word()) : Optional.empty(),
                            source.range(token.from(), to)));
                    extend(token.from(), to);
                    if (hasTarget) {
                        i++;
                    }
                }
                case OPERATOR -> operator(token.symbol());
            }
        }
        finish(Connector.END);
    }

    private void word(ShellToken token) {
        String text = token.word().text();
        if (words.isEmpty() && redirects.isEmpty()) {
            if (text.equals("{")) {
                depth++;
                return;
            }
            if (LEADING_KEYWORDS.contains(text)) {
                return;
            }
            if (CLOSING_KEYWORDS.contains(text)) {
                depth = text.equals("}") ? Math.max(0, depth - 1) : depth;
                return;
            }
        }
        words.add(token.word());
        extend(token.from(), token.to());
    }

    private void operator(String symbol) {
        switch (symbol) {
            case "(" -> {
                finish(Connector.END);
                depth++;
            }
            case ")" -> {
                finish(Connector.END);
                depth = Math.max(0, depth - 1);
            }
            case "&&" -> finish(Connector.AND);
            case "||" -> finish(Connector.OR);
            case "|" -> {
                finish(Connector.PIPE);
                if (!commands.isEmpty()) {
                    pipedFrom = commands.get(commands.size() - 1);
                }
            }
            case "&" -> finish(Connector.BACKGROUND);
            case "\n" -> finish(Connector.NEWLINE);
            default -> finish(Connector.SEQUENCE);
        }
    }

    private void extend(int from, int to) {
        if (commandFrom < 0) {
            commandFrom = from;
        }
        commandTo = to;
    }

    /** Ends the command being read, if any, with {@code connector} after it. */
    private void finish(Connector connector) {
        if (words.isEmpty() && redirects.isEmpty()) {
            if (connector != Connector.END && !commands.isEmpty()) {
                ShellCommand last = commands.get(commands.size() - 1);
                if (last.connectorAfter() == Connector.END) {
                    ShellCommand updated = withConnector(last, connector);
                    commands.set(last.index(), updated);
                    int lastPipe = pipes.size() - 1;
                    if (lastPipe >= 0 && pipes.get(lastPipe).to().index() == last.index()) {
                        pipes.set(lastPipe, new Pipe(pipes.get(lastPipe).from(), updated));
                    }
                }
            }
            return;
        }
        ShellCommand command = new ShellCommand(List.copyOf(words), List.copyOf(redirects),
                source.text().substring(commandFrom, commandTo), source.range(commandFrom, commandTo), connector, depth,
                commands.size());
        commands.add(command);
        if (pipedFrom != null) {
            pipes.add(new Pipe(pipedFrom, command));
            pipedFrom = null;
        }
        words = new ArrayList<>();
        redirects = new ArrayList<>();
        commandFrom = -1;
    }

    private static ShellCommand withConnector(ShellCommand command, Connector connector) {
        return new ShellCommand(command.words(), command.redirects(), command.text(), command.range(), connector,
                command.depth(), command.index());
    }
}
