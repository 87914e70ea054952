package dev.drydock.core.audit.host;

import java.util.Locale;

/** What CIS expects of a daemon file: an owner and group, or a mode no looser than a given one. */
public sealed interface HostFileExpectation {

    /** Owned by {@code owner:group}. */
    record Ownership(String owner, String group) implements HostFileExpectation {

        public String ownerAndGroup() {
            return owner + ":" + group;
        }
    }

    /** No permission bits beyond {@code mode} (e.g. {@code 0644}: 600, 640 and 444 pass, 664 does not). */
    record Permissions(int mode) implements HostFileExpectation {

        public String octal() {
            return octal(mode);
        }

        public boolean allows(int actual) {
            return (actual & ~mode & 0777) == 0;
        }

        static String octal(int mode) {
            return String.format(Locale.ROOT, "%03o", mode & 0777);
        }
    }
}
