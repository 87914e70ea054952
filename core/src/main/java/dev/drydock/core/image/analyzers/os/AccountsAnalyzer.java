package dev.drydock.core.image.analyzers.os;

import dev.drydock.core.image.analyzers.packages.BoundedText;
import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.AccountsFact.Account;
import dev.drydock.core.image.scan.AccountsFact.Kind;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Users ({@code etc/passwd}), groups ({@code etc/group}) and password hashes ({@code etc/shadow}).
 * Only whether a password field is empty is kept from the password columns: never a hash.
 */
public final class AccountsAnalyzer implements FileAnalyzer {

    private static final Map<String, Kind> FILES = Map.of("etc/passwd", Kind.USER, "etc/group", Kind.GROUP,
            "etc/shadow", Kind.SHADOW);
    private static final int LIMIT = 4 * 1024 * 1024;
    private static final int MAX_NOTES = 5;

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == EntryType.FILE && FILES.containsKey(entry.path());
    }

    @Override
    public long maxBytes() {
        return LIMIT;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        Kind kind = FILES.get(entry.path());
        if (kind == null) {
            return;
        }
        List<Account> accounts = new ArrayList<>();
        int notes = 0;
        String[] lines = BoundedText.read(content, LIMIT).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("+") || line.startsWith("-")) {
                continue; // comments and NIS compat entries
            }
            Account account = parse(kind, line.split(":", -1));
            if (account != null) {
                accounts.add(account);
            } else if (notes++ < MAX_NOTES) {
                sink.note(entry.path(), "line " + (i + 1) + " is not a valid " + kind.name().toLowerCase() + " entry");
            }
        }
        sink.accounts(new AccountsFact(entry.path(), accounts));
    }

    private static Account parse(Kind kind, String[] f) {
        if (f[0].isEmpty()) {
            return null;
        }
        return switch (kind) {
            case USER -> f.length < 7 ? null
                    : new Account(kind, f[0], number(f[2]), number(f[3]), f[5], f[6], f[1].isEmpty(), List.of());
            case GROUP -> f.length < 4 ? null
                    : new Account(kind, f[0], number(f[2]), -1, "", "", f[1].isEmpty(), members(f[3]));
            case SHADOW -> f.length < 2 ? null
                    : new Account(kind, f[0], -1, -1, "", "", f[1].isEmpty(), List.of());
        };
    }

    private static List<String> members(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split(",")).map(String::strip)
                .filter(member -> !member.isEmpty()).toList();
    }

    private static long number(String field) {
        try {
            return Long.parseLong(field.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
