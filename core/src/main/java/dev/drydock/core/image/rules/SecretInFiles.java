package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.analyzers.secrets.SecretKinds;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.SecretFact;

/** DI1017: a credential in a file of the image, also when a later layer deleted the file (it still ships). */
public final class SecretInFiles implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1017", "Secret in a file of the image",
            Severity.ERROR, RuleCategory.SECURITY, RuleReferences.none().withNistSp800190("4.1.4"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        for (Located<SecretFact> located : context.image().secrets()) {
            SecretFact fact = located.fact();
            String where = "/" + fact.path() + (fact.line() > 0 ? " line " + fact.line() : "");
            context.reportFile(located.layer(), fact.path(), located.hidden(), where + " holds " + SecretKinds.describe(fact.kind())
                    + ": anyone who can pull the image can read it" + (located.hidden() ? ", deleting it later does not help" : "")
                    + "; revoke it, and give it to the container at run time (a mounted secret) or to the build as a build secret",
                    fact.maskedEvidence());
        }
    }
}
