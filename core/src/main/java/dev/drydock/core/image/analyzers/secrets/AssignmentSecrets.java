package dev.drydock.core.image.analyzers.secrets;

import dev.drydock.core.findings.SecretMask;
import dev.drydock.core.image.scan.SecretFact;
import dev.drydock.core.secrets.SecretNames;
import dev.drydock.core.secrets.SecretValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generic assignments of a literal to a secret name in any text format: {@code password=…},
 * {@code db.password: …}, {@code "client_secret": "…"}, {@code API_KEY := …}. Reported only when the
 * value looks like a real credential ({@link SecretValues#looksLikeCredential}): long enough, mixed and
 * random enough, not a placeholder or a reference. Code that computes a value ({@code getPassword()})
 * is not a literal and is skipped.
 */
final class AssignmentSecrets {

    private static final List<String> KEYWORDS = List.of("pass", "pwd", "secret", "token", "key", "cred");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{2,64})[\"']?\\s*(?::=|=>|=|:)\\s*([\"']?)([^\\s\"',;]{1,200})\\2(?=[\\s,;]|$)");
    private static final Pattern CODE = Pattern.compile(".*[(){}\\[\\]<>$%].*|.*://.*|^/.*");

    private AssignmentSecrets() {
    }

    /** Facts for each assignment, skipping the lines in {@code skipLines} (already reported by a sharper check). */
    static List<SecretFact> find(String path, TextFile file, java.util.Set<Integer> skipLines) {
        String lower = file.lowerCase();
        if (KEYWORDS.stream().noneMatch(lower::contains)) {
            return List.of();
        }
        List<SecretFact> facts = new ArrayList<>();
        String[] lines = file.lines();
        for (int i = 0; i < lines.length; i++) {
            if (skipLines.contains(i + 1) || !mentionsKeyword(lines[i])) {
                continue;
            }
            Matcher matcher = ASSIGNMENT.matcher(lines[i]);
            while (matcher.find()) {
                String name = matcher.group(1);
                String value = matcher.group(3);
                if (SecretNames.isSecretName(name) && !CODE.matcher(value).matches()
                        && SecretValues.looksLikeCredential(value)) {
                    facts.add(new SecretFact("password-assignment", path, i + 1, name + "=" + SecretMask.mask(value)));
                }
            }
        }
        return facts;
    }

    /**
     * False when the line cannot hold a secret assignment: a secret name ({@link SecretNames}) is ASCII
     * and ends in a word that contains one of {@link #KEYWORDS}. Saves running the pattern at every
     * position of the many lines of configuration and code that assign nothing secret.
     */
    private static boolean mentionsKeyword(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String keyword : KEYWORDS) {
            if (lower.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
