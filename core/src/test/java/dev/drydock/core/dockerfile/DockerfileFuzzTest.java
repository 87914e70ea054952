package dev.drydock.core.dockerfile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.dockerfile.shell.ShellKind;
import dev.drydock.core.dockerfile.shell.ShellScript;
import dev.drydock.core.dockerfile.shell.ShellScripts;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the parser with Jazzer: for any text, parsing completes without an exception, printing gives
 * the text back, the elements cover it, every range lies inside it, and shell splitting, scopes and
 * expansion complete too.
 *
 * <p>In the normal build ({@code mvn verify}) this runs in regression mode: only the seeds in
 * {@code src/test/resources/dev/drydock/core/dockerfile/DockerfileFuzzTestInputs/parseAnyText/} (and
 * findings saved there), in a few seconds. To fuzz for real (coverage-guided, for the 5 minutes of
 * {@code maxDuration}; raise it there for longer runs), run:
 * <pre>JAZZER_FUZZ=1 mvn -B -pl core test -Dtest=DockerfileFuzzTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * On this machine (JDK 17, 2 cores) that makes about 9,000-14,000 runs a second. A crashing input is
 * written into the inputs directory above (commit it: it stays a regression test from then on); the
 * growing corpus goes to {@code core/.cifuzz-corpus/}, which git ignores. Large and deeply nested
 * inputs, which short runs do not reach, are covered by {@link PathologicalInputsTest}. Let a run end at
 * its time limit: a run killed from outside leaves the input it was on as a {@code crash-*} file, which
 * is then no finding (replay it in regression mode to tell). The build instruments the parser
 * and, for {@code LintFuzzTest}, the rules, fixes and findings (see the {@code fuzz-regression}
 * execution in core's pom).
 */
class DockerfileFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parseAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Dockerfile dockerfile = Dockerfile.parse(text);
        if (!dockerfile.print().equals(text)) {
            throw new AssertionError("print() does not give back the text");
        }
        int covered = 0;
        for (SourceElement element : dockerfile.elements()) {
            if (element.range().startOffset() != covered || element.range().isEmpty()) {
                throw new AssertionError("elements leave a gap or overlap at " + covered);
            }
            covered = element.range().endOffset();
        }
        if (covered != text.length()) {
            throw new AssertionError("elements stop at " + covered + " of " + text.length());
        }
        dockerfile.problems().forEach(problem -> inside(problem.range(), text));
        for (Instruction instruction : dockerfile.instructions()) {
            inside(instruction.range(), text);
            dockerfile.expand(instruction, instruction.arguments());
            if (instruction instanceof RunInstruction run) {
                ShellKind.at(dockerfile, run);
                List<ShellScript> scripts = ShellScripts.of(run);
                scripts.forEach(script -> script.commands().forEach(command -> inside(command.range(), text)));
            }
        }
        dockerfile.stages();
    }

    private static void inside(SourceRange range, String text) {
        if (range.startOffset() < 0 || range.endOffset() > text.length()) {
            throw new AssertionError("range " + range + " lies outside the text");
        }
    }
}
