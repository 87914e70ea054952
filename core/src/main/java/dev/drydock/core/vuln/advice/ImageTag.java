package dev.drydock.core.vuln.advice;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference split for comparing tags of one repository: {@code docker.io/library/node:22.11.0-slim}
 * is repository {@code node} (the daemon's familiar form), tag {@code 22.11.0-slim}, whose version part is
 * {@code 22.11.0} and variant {@code -slim}.
 *
 * @param written the repository as written, registry and all ({@code docker.io/library/node})
 */
record ImageTag(String written, String repository, String tag) {

    private static final Pattern VERSION = Pattern.compile("(v?)(\\d+(?:\\.\\d+)*)(.*)");

    static ImageTag parse(String reference) {
        String rest = reference;
        int at = rest.indexOf('@');
        if (at >= 0) {
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        String tag = "latest";
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageTag(rest, familiar(rest), tag);
    }

    String reference() {
        return repository + ":" + tag;
    }

    /**
     * Whether this tag is a newer release of the same line as {@code other}: same repository, same variant
     * ({@code -bookworm-slim}), as many version numbers, the same major version and a higher version
     * ({@code 22.12.0} after {@code 22.11.0}; not {@code 22.12} after {@code 22.11.0}, a moving tag of
     * another precision, nor {@code 23.1.0}, another major line whose changes go beyond security fixes).
     */
    boolean isNewerThan(ImageTag other) {
        Optional<long[]> mine = numbers();
        Optional<long[]> theirs = other.numbers();
        if (!repository.equals(other.repository) || mine.isEmpty() || theirs.isEmpty()
                || !variant().equals(other.variant()) || mine.get().length != theirs.get().length
                || mine.get()[0] != theirs.get()[0]) {
            return false;
        }
        return java.util.Arrays.compare(mine.get(), theirs.get()) > 0;
    }

    private Optional<long[]> numbers() {
        Matcher matcher = VERSION.matcher(tag);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String[] parts = matcher.group(2).split("\\.");
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(numbers);
    }

    private String variant() {
        Matcher matcher = VERSION.matcher(tag);
        return matcher.matches() ? matcher.group(1) + "|" + matcher.group(3) : tag;
    }

    private static String familiar(String repository) {
        String rest = repository.toLowerCase(Locale.ROOT);
        for (String hub : new String[] {"docker.io/", "index.docker.io/", "registry-1.docker.io/"}) {
            if (rest.startsWith(hub)) {
                rest = rest.substring(hub.length());
                break;
            }
        }
        return rest.startsWith("library/") && rest.indexOf('/', "library/".length()) < 0
                ? rest.substring("library/".length()) : rest;
    }
}
