package dev.drydock.core.lint;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.fix.FixNotApplicableException;

import java.nio.charset.StandardCharsets;

/**
 * Fuzzes parse + lint + fix with Jazzer: for any text, {@link DockerfileLinter#lint} completes without
 * an exception, every fix of every finding either applies through the one {@link FixApplier} or is
 * refused with {@link FixNotApplicableException}, and the fixed text lints again without an exception.
 *
 * <p>In the normal build ({@code mvn verify}) this runs in regression mode: only the seeds in
 * {@code src/test/resources/dev/drydock/core/lint/LintFuzzTestInputs/lintAndFixAnyText/} (and
 * findings saved there), in a few seconds. To fuzz for real (coverage-guided, for the 5 minutes of
 * {@code maxDuration}; raise it there for longer runs), run:
 * <pre>JAZZER_FUZZ=1 mvn -B -pl core test -Dtest=LintFuzzTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * A crashing input is written into the inputs directory above (commit it: it stays a regression test
 * from then on); the growing corpus goes to {@code core/.cifuzz-corpus/}, which git ignores. The build
 * instruments the parser, the rules, fixes and findings (see the {@code fuzz-regression} execution in
 * core's pom). The parser alone is fuzzed by {@code DockerfileFuzzTest}.
 */
class LintFuzzTest {

    private static final DockerfileLinter LINTER = DockerfileLinter.standard();
    private static final FixApplier APPLIER = new FixApplier();

    @FuzzTest(maxDuration = "5m")
    void lintAndFixAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        LintResult result = LINTER.lint("Dockerfile", text, LintConfig.defaults());
        for (Finding finding : result.findings()) {
            for (Fix fix : finding.fixes()) {
                String fixed;
                try {
                    fixed = APPLIER.apply(text, fix);
                } catch (FixNotApplicableException refused) {
                    continue;
                }
                LINTER.lint("Dockerfile", fixed, LintConfig.defaults());
            }
        }
    }
}
