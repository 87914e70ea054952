package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;

/** DI1008: sudo (or doas) is installed: a user in the container can become root. */
public final class SudoPresent implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1008", "sudo is installed in the image",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none().withNistSp800190("4.1.2"));
    private static final List<String> PATHS = List.of("usr/bin/sudo", "bin/sudo", "usr/sbin/sudo", "usr/bin/doas");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        for (String path : PATHS) {
            context.image().file(path).ifPresent(merged -> context.reportFile(merged.visibleFrom(), path, false,
                    "/" + path + " is installed: it lets a user of the container become root, and its TTY handling"
                            + " breaks signals; remove it and use gosu or su-exec to drop privileges in an entrypoint", ""));
        }
    }
}
