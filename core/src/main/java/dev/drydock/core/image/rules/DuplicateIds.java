package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.Located;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** DI1012: two users share a uid, or two groups share a gid: file ownership and audit logs cannot tell them apart. */
public final class DuplicateIds implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1012", "Duplicate user or group ids",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none());

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        Optional<Located<AccountsFact>> passwd = VisibleAccounts.of(context.image(), VisibleAccounts.PASSWD);
        Optional<Located<AccountsFact>> group = VisibleAccounts.of(context.image(), VisibleAccounts.GROUP);
        if (passwd.isEmpty() && group.isEmpty()) {
            context.skipped("no etc/passwd and no etc/group in the image");
            return;
        }
        if (passwd.isEmpty()) {
            context.skipped("no etc/passwd in the image: user ids not checked");
        }
        if (group.isEmpty()) {
            context.skipped("no etc/group in the image: group ids not checked");
        }
        passwd.ifPresent(located -> report(context, located, AccountsFact.Kind.USER, "uid", "users"));
        group.ifPresent(located -> report(context, located, AccountsFact.Kind.GROUP, "gid", "groups"));
    }

    private static void report(ImageRuleContext context, Located<AccountsFact> located, AccountsFact.Kind kind,
                               String idName, String plural) {
        Map<Long, List<String>> byId = new TreeMap<>();
        for (AccountsFact.Account account : located.fact().accounts()) {
            if (account.kind() == kind) {
                byId.computeIfAbsent(account.id(), id -> new ArrayList<>()).add(account.name());
            }
        }
        byId.forEach((id, names) -> {
            if (names.size() > 1) {
                context.reportFile(located.layer(), located.fact().path(), false, "The " + plural + " " + String.join(", ", names)
                        + " share the " + idName + " " + id + " in /" + located.fact().path() + ": each can read and change"
                        + " the others' files; give every account its own id", idName + " " + id + ": " + String.join(", ", names));
            }
        });
    }
}
