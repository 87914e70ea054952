package dev.drydock.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a label value has the form its {@link LabelType} asks for, as Hadolint's label-schema
 * rules check it. SPDX values are checked as license expressions ({@code MIT},
 * {@code Apache-2.0 OR MIT}, {@code GPL-2.0-only WITH Classpath-exception-2.0}); whether each id is on
 * the SPDX license list is not checked here.
 */
public final class LabelValues {

    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*))?"
            + "(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");
    private static final Pattern GIT_HASH = Pattern.compile("[0-9a-fA-F]{7,40}|[0-9a-fA-F]{64}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");
    private static final Pattern SPDX_ID = Pattern.compile("(?:(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-)?[A-Za-z0-9][A-Za-z0-9.-]*\\+?");

    private LabelValues() {
    }

    /** True when {@code value} is a valid value of {@code type}. */
    public static boolean accepts(LabelType type, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (type) {
            case TEXT -> true;
            case URL -> isAbsoluteUrl(value);
            case SEMVER -> SEMVER.matcher(value).matches();
            case RFC3339 -> isRfc3339(value);
            case HASH -> GIT_HASH.matcher(value).matches();
            case EMAIL -> EMAIL.matcher(value).matches();
            case SPDX -> isLicenseExpression(value);
        };
    }

    private static boolean isAbsoluteUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && (uri.isOpaque() || uri.getHost() != null);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isRfc3339(String value) {
        try {
            OffsetDateTime.parse(value.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return value.length() >= 20 && Character.toUpperCase(value.charAt(10)) == 'T';
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** expression := term (("AND" | "OR") term)*; term := "(" expression ")" | id ["WITH" id]. */
    private static boolean isLicenseExpression(String value) {
        List<String> tokens = new ArrayList<>();
        for (String word : value.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
            tokens.add(word);
        }
        int[] position = {0};
        return expression(tokens, position) && position[0] == tokens.size();
    }

    private static boolean expression(List<String> tokens, int[] position) {
        if (!term(tokens, position)) {
            return false;
        }
        while (position[0] < tokens.size() && (tokens.get(position[0]).equals("AND") || tokens.get(position[0]).equals("OR"))) {
            position[0]++;
            if (!term(tokens, position)) {
                return false;
            }
        }
        return true;
    }

    private static boolean term(List<String> tokens, int[] position) {
        if (position[0] >= tokens.size()) {
            return false;
        }
        String token = tokens.get(position[0]++);
        if (token.equals("(")) {
            return expression(tokens, position) && position[0] < tokens.size() && tokens.get(position[0]++).equals(")");
        }
        if (!isLicenseId(token)) {
            return false;
        }
        if (position[0] < tokens.size() && tokens.get(position[0]).equals("WITH")) {
            position[0]++;
            return position[0] < tokens.size() && isLicenseId(tokens.get(position[0]++));
        }
        return true;
    }

    private static boolean isLicenseId(String token) {
        return !token.equals("AND") && !token.equals("OR") && !token.equals("WITH") && SPDX_ID.matcher(token).matches();
    }
}
