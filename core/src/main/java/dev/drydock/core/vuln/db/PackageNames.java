package dev.drydock.core.vuln.db;

import dev.drydock.core.vuln.Ecosystem;

import java.util.Locale;
import java.util.regex.Pattern;

/** Package names as each ecosystem compares them, so the database's index and a lookup agree. */
public final class PackageNames {

    private static final Pattern PEP_503_SEPARATORS = Pattern.compile("[-_.]+");

    private PackageNames() {
    }

    /**
     * PyPI names normalised per PEP 503 ({@code Zope.Interface} → {@code zope-interface}); every other
     * ecosystem's names compare exactly (Maven as {@code group:artifact}, Go module paths, npm scopes).
     */
    public static String normalise(Ecosystem ecosystem, String name) {
        String trimmed = name.trim();
        if (ecosystem == Ecosystem.PYPI) {
            return PEP_503_SEPARATORS.matcher(trimmed).replaceAll("-").toLowerCase(Locale.ROOT);
        }
        return trimmed;
    }
}
