package dev.drydock.core.vuln.advice;

import dev.drydock.core.fix.Fix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How safe it is to raise a pinned version. Safe only for a patch release of a stable line: both
 * versions plain {@code MAJOR.MINOR.PATCH} (a {@code v} prefix allowed), the same major and minor, major
 * at least 1. That is the one change Semantic Versioning (npm, Go, most gems) and PEP 440 practice (Django
 * 4.2.7 → 4.2.10) promise to keep compatible; a new minor, a {@code 0.x} line, a pre-release or a
 * distribution-style version needs a person to check.
 */
public final class VersionBump {

    private static final Pattern RELEASE = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");

    private VersionBump() {
    }

    public static Fix.Safety safety(String from, String to) {
        return isPatchOnly(from, to) ? Fix.Safety.SAFE : Fix.Safety.NEEDS_REVIEW;
    }

    public static boolean isPatchOnly(String from, String to) {
        Matcher a = RELEASE.matcher(from);
        Matcher b = RELEASE.matcher(to);
        if (!a.matches() || !b.matches()) {
            return false;
        }
        return !a.group(1).equals("0") && a.group(1).equals(b.group(1)) && a.group(2).equals(b.group(2));
    }
}
