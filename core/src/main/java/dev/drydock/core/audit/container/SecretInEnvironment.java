package dev.drydock.core.audit.container;

import dev.drydock.core.findings.SecretMask;
import dev.drydock.core.secrets.SecretNames;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.Optional;

/** DC5102: an environment variable of the container holds a secret (by its shape or its name); values masked. */
public final class SecretInEnvironment implements ContainerCheck {

    private static final RuleMetadata METADATA = new RuleMetadata("DC5102", "Secret in an environment variable",
            Severity.ERROR, RuleCategory.SECURITY,
            RuleReferences.none().withNistSp800190("4.4.3"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop -e NAME=value; mount the secret as a read-only file (Docker or Compose secrets) and revoke it";
    }

    @Override
    public void check(ContainerCheckContext context) {
        for (String variable : context.container().config().env()) {
            int equals = variable.indexOf('=');
            String name = equals < 0 ? variable : variable.substring(0, equals);
            String value = equals < 0 ? "" : variable.substring(equals + 1);
            Optional<String> kind = SecretNames.describeAssignment(name, value);
            kind.ifPresent(what -> context.report("Config.Env." + name, "The environment variable " + name + " holds "
                    + what + ": anyone who can inspect the container or read /proc/<pid>/environ sees it",
                    name + "=" + SecretMask.mask(value)));
        }
    }
}
