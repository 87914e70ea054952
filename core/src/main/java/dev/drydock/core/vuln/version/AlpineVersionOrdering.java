package dev.drydock.core.vuln.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Alpine package versions, ordered as apk-tools' {@code apk_version_compare} orders them (its
 * {@code src/version.c}): {@code digit{.digit}...{letter}{_suffix{#}}...{~hash}{-r#}}.
 *
 * <p>The text is read as tokens: the first number, {@code .number}s, one lower-case letter, suffixes
 * ({@code _alpha < _beta < _pre < _rc} are pre-releases, then {@code _cvs < _svn < _git < _hg < _p}) each
 * with an optional number, a {@code ~commit} hash of lower-case hex digits, and the {@code -rN} package
 * revision. Tokens of the same kind compare pairwise: numbers as numbers, except that a {@code .number}
 * with a leading zero on either side compares as text ({@code 1.02 < 1.1}, {@code 1.0 < 1.00}); letters
 * and hashes as text; suffixes by the order above. When one version runs out of tokens, or the kinds
 * differ, a pre-release suffix makes its version older; otherwise the version whose next token comes
 * earlier in the grammar is newer ({@code 1.0 < 1.0.1}, {@code 1.0a < 1.0.1}, {@code 1.0 < 1.0-r1}).
 *
 * <p>Validity is apk's {@code apk_version_validate}: anything the grammar does not allow (two letters,
 * a letter after a suffix, an unknown suffix, upper case, a hyphen not followed by {@code r}) is not a
 * version. Numbers of any length compare exactly, where apk's 64-bit counters would wrap.
 */
public final class AlpineVersionOrdering implements VersionOrdering {

    /** Token kinds in grammar order; the order matters when two versions differ in kind. */
    private enum Kind { INITIAL_DIGIT, DIGIT, LETTER, SUFFIX, SUFFIX_NUMBER, COMMIT_HASH, REVISION, END }

    /** Suffixes in apk's order; {@link #NONE} is the pivot between pre-releases and later builds. */
    private enum Suffix { ALPHA, BETA, PRE, RC, NONE, CVS, SVN, GIT, HG, P }

    private record Token(Kind kind, String text, Suffix suffix) {
        Token(Kind kind, String text) {
            this(kind, text, Suffix.NONE);
        }

        boolean isPreRelease() {
            return kind == Kind.SUFFIX && suffix.compareTo(Suffix.NONE) < 0;
        }
    }

    @Override
    public boolean isValid(String version) {
        return version != null && tokens(version) != null;
    }

    @Override
    public int compare(String left, String right) {
        List<Token> a = requireTokens(left);
        List<Token> b = requireTokens(right);
        int i = 0;
        while (a.get(i).kind() == b.get(i).kind() && a.get(i).kind() != Kind.END) {
            int byToken = compareSameKind(a.get(i), b.get(i));
            if (byToken != 0) {
                return byToken;
            }
            i++;
        }
        // Equal so far, and both ended or the kinds differ: a pre-release suffix is older; otherwise
        // the side whose token comes later in the grammar (the end being last) is older.
        Token ta = a.get(i);
        Token tb = b.get(i);
        if (ta.kind() == tb.kind()) {
            return 0;
        }
        if (ta.isPreRelease()) {
            return -1;
        }
        if (tb.isPreRelease()) {
            return 1;
        }
        return ta.kind().compareTo(tb.kind()) > 0 ? -1 : 1;
    }

    private static int compareSameKind(Token a, Token b) {
        return switch (a.kind()) {
            case DIGIT -> a.text().charAt(0) == '0' || b.text().charAt(0) == '0'
                    ? Integer.signum(a.text().compareTo(b.text()))
                    : DecimalDigits.compare(a.text(), b.text());
            case INITIAL_DIGIT, SUFFIX_NUMBER, REVISION -> DecimalDigits.compare(a.text(), b.text());
            case SUFFIX -> a.suffix().compareTo(b.suffix());
            case LETTER, COMMIT_HASH -> Integer.signum(a.text().compareTo(b.text()));
            case END -> 0;
        };
    }

    private static List<Token> requireTokens(String version) {
        List<Token> tokens = version == null ? null : tokens(version);
        if (tokens == null) {
            throw new IllegalArgumentException("Not an Alpine package version: "
                    + (version == null ? "null" : "'" + version + "'")
                    + " (expected digits with dots, an optional letter, _suffixes, ~hash and -rN)");
        }
        return tokens;
    }

    /** The tokens of {@code version}, ending with an {@link Kind#END} token; null when apk would refuse it. */
    private static List<Token> tokens(String version) {
        List<Token> tokens = new ArrayList<>();
        int at = digitsEnd(version, 0);
        if (at == 0) {
            return null;
        }
        tokens.add(new Token(Kind.INITIAL_DIGIT, version.substring(0, at)));
        Kind last = Kind.INITIAL_DIGIT;
        while (at < version.length()) {
            char c = version.charAt(at);
            int end;
            Token token;
            if (c >= 'a' && c <= 'z' && last.compareTo(Kind.DIGIT) <= 0) {
                end = at + 1;
                token = new Token(Kind.LETTER, version.substring(at, end));
            } else if (c == '.' && last.compareTo(Kind.DIGIT) <= 0) {
                end = digitsEnd(version, at + 1);
                token = end == at + 1 ? null : new Token(Kind.DIGIT, version.substring(at + 1, end));
            } else if (DecimalDigits.isDigit(c) && last == Kind.SUFFIX) {
                end = digitsEnd(version, at);
                token = new Token(Kind.SUFFIX_NUMBER, version.substring(at, end));
            } else if (c == '_' && last.compareTo(Kind.SUFFIX_NUMBER) <= 0) {
                end = lowerCaseEnd(version, at + 1);
                Suffix suffix = suffix(version.substring(at + 1, end));
                token = suffix == null ? null : new Token(Kind.SUFFIX, version.substring(at + 1, end), suffix);
            } else if (c == '~' && last.compareTo(Kind.COMMIT_HASH) < 0) {
                end = hexEnd(version, at + 1);
                token = end == at + 1 ? null : new Token(Kind.COMMIT_HASH, version.substring(at + 1, end));
            } else if (c == '-' && last.compareTo(Kind.REVISION) < 0 && version.startsWith("-r", at)) {
                end = digitsEnd(version, at + 2);
                token = end == at + 2 ? null : new Token(Kind.REVISION, version.substring(at + 2, end));
            } else {
                return null;
            }
            if (token == null) {
                return null;
            }
            tokens.add(token);
            last = token.kind();
            at = end;
        }
        tokens.add(new Token(Kind.END, ""));
        return tokens;
    }

    private static Suffix suffix(String name) {
        for (Suffix suffix : Suffix.values()) {
            if (suffix != Suffix.NONE && suffix.name().toLowerCase(Locale.ROOT).equals(name)) {
                return suffix;
            }
        }
        return null;
    }

    private static int digitsEnd(String text, int from) {
        int at = from;
        while (at < text.length() && DecimalDigits.isDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int lowerCaseEnd(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) >= 'a' && text.charAt(at) <= 'z') {
            at++;
        }
        return at;
    }

    private static int hexEnd(String text, int from) {
        int at = from;
        while (at < text.length()
                && (DecimalDigits.isDigit(text.charAt(at)) || (text.charAt(at) >= 'a' && text.charAt(at) <= 'f'))) {
            at++;
        }
        return at;
    }
}
