package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.Located;

import java.util.Optional;

/** DI1011: an account with an empty password field, which lets anyone log in as it without a password. */
public final class EmptyPassword implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1011", "Account with an empty password",
            Severity.ERROR, RuleCategory.SECURITY, RuleReferences.none().withNistSp800190("4.1.2"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        Optional<Located<AccountsFact>> passwd = VisibleAccounts.of(context.image(), VisibleAccounts.PASSWD);
        Optional<Located<AccountsFact>> shadow = VisibleAccounts.of(context.image(), VisibleAccounts.SHADOW);
        if (passwd.isEmpty() && shadow.isEmpty()) {
            context.skipped("no etc/passwd or etc/shadow in the image");
            return;
        }
        passwd.ifPresent(located -> report(context, located));
        shadow.ifPresent(located -> report(context, located));
    }

    private static void report(ImageRuleContext context, Located<AccountsFact> located) {
        for (AccountsFact.Account account : located.fact().accounts()) {
            if (account.emptyPassword() && account.kind() != AccountsFact.Kind.GROUP) {
                context.reportFile(located.layer(), located.fact().path(), false, "The account " + account.name()
                        + " has an empty password field in /" + located.fact().path() + ": anyone can log in as it"
                        + " without a password (su, login); lock it with passwd -l " + account.name()
                        + " or set the field to '!'", account.name() + ": empty password field");
            }
        }
    }
}
