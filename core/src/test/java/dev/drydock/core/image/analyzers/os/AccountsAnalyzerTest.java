package dev.drydock.core.image.analyzers.os;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.AccountsFact.Account;
import dev.drydock.core.image.scan.AccountsFact.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.drydock.core.image.analyzers.RecordingFactSink.run;
import static org.assertj.core.api.Assertions.assertThat;

class AccountsAnalyzerTest {

    private final AccountsAnalyzer analyzer = new AccountsAnalyzer();

    @Test
    void readsUsers() {
        RecordingFactSink sink = run(analyzer, "etc/passwd", """
                root:x:0:0:root:/root:/bin/bash
                nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
                guest::1001:1001::/home/guest:/bin/sh
                """);

        AccountsFact fact = sink.accounts.get(0);
        assertThat(fact.path()).isEqualTo("etc/passwd");
        assertThat(fact.accounts()).containsExactly(
                new Account(Kind.USER, "root", 0, 0, "/root", "/bin/bash", false, List.of()),
                new Account(Kind.USER, "nobody", 65534, 65534, "/nonexistent", "/usr/sbin/nologin", false, List.of()),
                new Account(Kind.USER, "guest", 1001, 1001, "/home/guest", "/bin/sh", true, List.of()));
    }

    @Test
    void readsGroupsWithMembers() {
        RecordingFactSink sink = run(analyzer, "etc/group", "root:x:0:\nsudo:x:27:alice,bob\n");

        assertThat(sink.accounts.get(0).accounts()).containsExactly(
                new Account(Kind.GROUP, "root", 0, -1, "", "", false, List.of()),
                new Account(Kind.GROUP, "sudo", 27, -1, "", "", false, List.of("alice", "bob")));
    }

    @Test
    void shadowKeepsOnlyWhetherThePasswordIsEmpty() {
        RecordingFactSink sink = run(analyzer, "etc/shadow", """
                root:*:19000:0:99999:7:::
                app::19000:0:99999:7:::
                alice:$6$salt$hash:19000:0:99999:7:::
                locked:!:19000::::::
                """);

        assertThat(sink.accounts.get(0).accounts()).extracting(Account::name, Account::emptyPassword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("root", false),
                        org.assertj.core.groups.Tuple.tuple("app", true),
                        org.assertj.core.groups.Tuple.tuple("alice", false),
                        org.assertj.core.groups.Tuple.tuple("locked", false));
        assertThat(sink.accounts.get(0).toString()).doesNotContain("$6$");
    }

    @Test
    void badLinesAreNotedAndSkipped() {
        RecordingFactSink sink = run(analyzer, "etc/passwd", "root:x:0:0:root:/root:/bin/sh\nbroken line\n# comment\n");

        assertThat(sink.accounts.get(0).accounts()).extracting(Account::name).containsExactly("root");
        assertThat(sink.notes).containsExactly("etc/passwd: line 2 is not a valid user entry");
    }
}
