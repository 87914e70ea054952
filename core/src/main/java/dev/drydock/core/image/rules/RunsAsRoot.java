package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.scan.AccountsFact;

import java.util.Locale;

/** DI1001: the image's default user is root (no USER, USER 0, USER root, or a name with uid 0). */
public final class RunsAsRoot implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1001", "Image runs as root",
            Severity.WARNING, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.1").withNistSp800190("4.1.2"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        String user = context.image().config().user().strip();
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        String why;
        if (name.isEmpty()) {
            why = "the image sets no user, so containers run as root";
        } else if (name.equals("0") || name.toLowerCase(Locale.ROOT).equals("root")) {
            why = "the image's user is " + user + ", which is root";
        } else if (hasUidZero(context, name)) {
            why = "the image's user " + name + " has uid 0 in etc/passwd, so it is root";
        } else {
            return;
        }
        context.reportConfig("Config.User", why + ": a process that escapes its container is root on the host"
                + " unless user namespaces remap it; add a non-root user and end the Dockerfile with USER <uid>",
                "User=" + user);
    }

    private static boolean hasUidZero(ImageRuleContext context, String name) {
        return VisibleAccounts.of(context.image(), VisibleAccounts.PASSWD).stream()
                .flatMap(located -> located.fact().accounts().stream())
                .anyMatch(account -> account.kind() == AccountsFact.Kind.USER && account.name().equals(name) && account.id() == 0);
    }
}
