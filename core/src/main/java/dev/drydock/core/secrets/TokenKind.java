package dev.drydock.core.secrets;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials recognisable by their shape alone, whatever name they are stored under. Each kind has
 * cheap keywords: text that contains none of them cannot match, so large files are skipped without
 * running the pattern.
 */
public enum TokenKind {
    AWS_ACCESS_KEY("aws-access-key", "an AWS access key id", "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", "AKIA", "ASIA"),
    PRIVATE_KEY("private-key", "a private key", "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----", "PRIVATE KEY"),
    GITHUB_TOKEN("github-token", "a GitHub token",
            "\\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})",
            "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
    GITLAB_TOKEN("gitlab-token", "a GitLab token", "\\bglpat-[A-Za-z0-9_-]{20,}", "glpat-"),
    SLACK_TOKEN("slack-token", "a Slack token", "\\bxox[abposr]-[A-Za-z0-9-]{10,}", "xox"),
    STRIPE_KEY("stripe-key", "a Stripe live key", "\\b[sr]k_live_[A-Za-z0-9]{20,}", "k_live_"),
    GOOGLE_API_KEY("google-api-key", "a Google API key", "\\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])", "AIza"),
    JWT("jwt", "a JSON Web Token", "\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", "eyJ");

    /** One match of a kind in a text. */
    public record Match(TokenKind kind, String value, int start, int end) {
    }

    private final String id;
    private final String description;
    private final Pattern pattern;
    private final List<String> keywords;

    TokenKind(String id, String description, String regex, String... keywords) {
        this.id = id;
        this.description = description;
        this.pattern = Pattern.compile(regex);
        this.keywords = List.of(keywords);
    }

    /** The stable id used in facts and reports ({@code aws-access-key}). */
    public String id() {
        return id;
    }

    /** What it is, for messages ({@code an AWS access key id}). */
    public String description() {
        return description;
    }

    /** True when {@code text} contains one of this kind's keywords, so that matching it is worth it. */
    public boolean mayOccurIn(CharSequence text) {
        String string = text.toString();
        for (String keyword : keywords) {
            if (string.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Every match of this kind in {@code text}, in order. */
    public List<Match> findIn(CharSequence text) {
        if (!mayOccurIn(text)) {
            return List.of();
        }
        Matcher matcher = pattern.matcher(text);
        List<Match> matches = new java.util.ArrayList<>();
        while (matcher.find()) {
            matches.add(new Match(this, matcher.group(), matcher.start(), matcher.end()));
        }
        return matches;
    }

    /** The first kind that occurs in {@code value}. */
    public static Optional<TokenKind> firstIn(CharSequence value) {
        for (TokenKind kind : values()) {
            if (!kind.findIn(value).isEmpty()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Every match of every kind in {@code text}, ordered by position. */
    public static List<Match> allIn(CharSequence text) {
        List<Match> matches = new java.util.ArrayList<>();
        for (TokenKind kind : values()) {
            matches.addAll(kind.findIn(text));
        }
        matches.sort(java.util.Comparator.comparingInt(Match::start));
        return matches;
    }
}
