package dev.drydock.core.vuln.match;

import java.util.Objects;

/**
 * Why a match is suppressed: a user decision recorded in a file, applied after matching. Suppressed
 * matches stay in the report, marked, and are counted apart.
 *
 * @param kind   what kind of file said so
 * @param source the file ({@code .trivyignore}, {@code vex.json}) as the user named it
 * @param reason where in the file and what it says, for the user ({@code line 3: CVE-2021-44228},
 *               {@code not_affected (vulnerable_code_not_in_execute_path): …})
 */
public record Suppression(Kind kind, String source, String reason) {

    public enum Kind {
        /** An id listed in a {@code .trivyignore}-style ignore file. */
        IGNORE_FILE,
        /** An OpenVEX statement saying the product is not affected, or fixed. */
        VEX
    }

    public Suppression {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for tables and logs: {@code .trivyignore line 3: CVE-2021-44228}. */
    public String describe() {
        return source + " " + reason;
    }
}
