package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.MergedEntry;

import java.util.Comparator;

/** DI1007: files with the setuid or setgid bit, each listed where it was last written. */
public final class SetuidFiles implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1007", "Setuid or setgid file",
            Severity.INFO, RuleCategory.SECURITY,
            RuleReferences.none().withCisDockerBenchmark("4.8").withNistSp800190("4.1.2"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        context.image().files().values().stream()
                .filter(merged -> merged.entry().isSetuid() || merged.entry().isSetgid())
                .sorted(Comparator.comparing(merged -> merged.entry().path()))
                .forEach(merged -> report(context, merged));
    }

    private static void report(ImageRuleContext context, MergedEntry merged) {
        LayerEntry entry = merged.entry();
        String bits = entry.isSetuid() && entry.isSetgid() ? "setuid and setgid" : entry.isSetuid() ? "setuid" : "setgid";
        context.reportFile(merged.visibleFrom(), entry.path(), false, "/" + entry.path() + " is " + bits
                + " (owner " + entry.uid() + ", group " + entry.gid() + "): it runs with that identity whoever starts it;"
                + " remove the bit (chmod u-s,g-s) unless the application needs it, and run with --security-opt no-new-privileges",
                String.format("mode %04o", entry.mode() & 07777));
    }
}
