package dev.drydock.core.image.analyzers.os;

import dev.drydock.core.image.scan.OsReleaseFact;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the release files that name a distribution; pure functions over the file's text. */
final class OsReleaseFiles {

    /** {@code Rocky Linux release 9.3 (Blue Onyx)}, {@code Amazon Linux AMI release 2018.03}. */
    private static final Pattern RELEASE_LINE =
            Pattern.compile("^(.+?)\\s+release\\s+(\\S+)(?:\\s+\\((.*)\\))?\\s*$");

    private OsReleaseFiles() {
    }

    /** The systemd {@code os-release} format: {@code KEY=value} lines, values optionally quoted. */
    static Optional<OsReleaseFact> parseOsRelease(String text, String path) {
        Map<String, String> fields = new HashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            int equals = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || equals <= 0) {
                continue;
            }
            fields.put(line.substring(0, equals).strip(), unquote(line.substring(equals + 1).strip()));
        }
        String id = fields.getOrDefault("ID", "").toLowerCase(Locale.ROOT);
        if (id.isEmpty() && !fields.containsKey("NAME")) {
            return Optional.empty();
        }
        return Optional.of(new OsReleaseFact(id.isEmpty() ? "linux" : id, fields.getOrDefault("ID_LIKE", ""),
                fields.getOrDefault("VERSION_ID", ""), fields.getOrDefault("VERSION_CODENAME", ""),
                fields.getOrDefault("PRETTY_NAME", fields.getOrDefault("NAME", "")), path));
    }

    /** {@code etc/alpine-release}: the version alone ({@code 3.20.3}). */
    static Optional<OsReleaseFact> alpineRelease(String text, String path) {
        String version = firstLine(text);
        if (!version.matches("\\d+(\\.\\d+)*(_\\w+)?")) {
            return Optional.empty();
        }
        return Optional.of(new OsReleaseFact("alpine", "", version, "", "Alpine Linux v" + version, path));
    }

    /** {@code etc/debian_version}: a point release ({@code 12.5}) or, on testing, {@code trixie/sid}. */
    static Optional<OsReleaseFact> debianVersion(String text, String path) {
        String line = firstLine(text);
        if (line.matches("\\d+(\\.\\d+)*")) {
            return Optional.of(new OsReleaseFact("debian", "", line, "", "Debian GNU/Linux " + line, path));
        }
        if (line.matches("[a-z]+/sid")) {
            String codename = line.substring(0, line.indexOf('/'));
            return Optional.of(new OsReleaseFact("debian", "", "", codename, "Debian GNU/Linux " + line, path));
        }
        return Optional.empty();
    }

    /** {@code etc/redhat-release} and {@code etc/system-release}: {@code <Name> release <version> (<codename>)}. */
    static Optional<OsReleaseFact> redHatStyleRelease(String text, String path) {
        String line = firstLine(text);
        Matcher matcher = RELEASE_LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        String id = name.startsWith("red hat enterprise linux") ? "rhel"
                : name.startsWith("centos") ? "centos"
                : name.startsWith("rocky") ? "rocky"
                : name.startsWith("almalinux") ? "almalinux"
                : name.startsWith("fedora") ? "fedora"
                : name.startsWith("amazon linux") ? "amzn"
                : name.startsWith("oracle linux") ? "ol"
                : "";
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String codename = matcher.group(3) == null ? "" : matcher.group(3);
        return Optional.of(new OsReleaseFact(id, "", matcher.group(2), codename, line, path));
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("").strip();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            String inner = value.substring(1, value.length() - 1);
            return value.charAt(0) == '"' ? inner.replaceAll("\\\\([\"\\\\$`])", "$1") : inner;
        }
        return value;
    }
}
