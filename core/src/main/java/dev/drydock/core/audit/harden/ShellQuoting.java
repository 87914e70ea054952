package dev.drydock.core.audit.harden;

import java.util.regex.Pattern;

/** Quotes words for a POSIX shell: plain when safe, otherwise in single quotes. */
final class ShellQuoting {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuoting() {
    }

    static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }
}
