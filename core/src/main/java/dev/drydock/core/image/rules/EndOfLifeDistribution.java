package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.OsReleaseFact;

import java.util.Optional;

/** DI1016: the image's distribution release no longer receives security updates. */
public final class EndOfLifeDistribution implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1016", "Base distribution is end of life",
            Severity.WARNING, RuleCategory.SECURITY, RuleReferences.none().withNistSp800190("4.1.1"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        Optional<Located<OsReleaseFact>> os = context.image().os();
        if (os.isEmpty()) {
            context.skipped("no etc/os-release in the image: the distribution is unknown");
            return;
        }
        OsReleaseFact release = os.get().fact();
        String name = release.prettyName().isEmpty() ? release.id() + " " + release.versionId() : release.prettyName();
        Optional<EndOfLifeLookup.EndOfLife> endOfLife = context.endOfLife().lookup(release);
        if (endOfLife.isEmpty()) {
            context.skipped("no end-of-life date known for " + name.strip());
            return;
        }
        EndOfLifeLookup.EndOfLife eol = endOfLife.get();
        if (eol.endOfLife().isBefore(context.today())) {
            context.reportFile(os.get().layer(), release.path(), false, name + " reached its end of life on " + eol.endOfLife()
                    + ": it gets no security updates, so its vulnerabilities stay open; rebuild on a supported release",
                    eol.release() + " end of life " + eol.endOfLife() + " (dates as of " + eol.validAsOf() + ")");
        }
    }
}
