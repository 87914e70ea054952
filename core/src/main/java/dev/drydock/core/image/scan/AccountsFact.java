package dev.drydock.core.image.scan;

import java.util.List;

/** The accounts one file defines: {@code etc/passwd} (users), {@code etc/group} (groups) or {@code etc/shadow}. */
public record AccountsFact(String path, List<Account> accounts) {

    public AccountsFact {
        accounts = List.copyOf(accounts);
    }

    /** What kind of line an account comes from. */
    public enum Kind { USER, GROUP, SHADOW }

    /**
     * One line of such a file. Fields that the file does not have are empty or -1.
     *
     * @param emptyPassword true when the password field is empty (anyone can log in), as opposed to {@code x}, {@code *} or {@code !}
     */
    public record Account(Kind kind, String name, long id, long groupId, String home, String shell,
                          boolean emptyPassword, List<String> members) {

        public Account {
            members = List.copyOf(members);
        }
    }
}
