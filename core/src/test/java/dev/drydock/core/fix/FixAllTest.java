package dev.drydock.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.fix.FixNotApplicableException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixAllTest {

    private static final String INPUT = "FROM node:latest\nRUN apt-get install curl\nADD app /app\n";

    private final FixApplier applier = new FixApplier();

    private static Fix fix(String title, TextEdit... edits) {
        return Fix.of(title, Fix.Safety.SAFE, INPUT, List.of(edits));
    }

    @Test
    void appliesEveryFixThatFits() {
        int install = INPUT.indexOf(" curl");
        int add = INPUT.indexOf("ADD");
        FixAllResult result = applier.applyAll(INPUT, List.of(
                fix("Add -y", TextEdit.insert(install, " -y")),
                fix("Use COPY instead of ADD", TextEdit.replace(add, add + 3, "COPY"))));
        assertThat(result.text()).isEqualTo("FROM node:latest\nRUN apt-get install -y curl\nCOPY app /app\n");
        assertThat(result.applied()).extracting(Fix::title).containsExactly("Add -y", "Use COPY instead of ADD");
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void skipsAFixOverlappingOneAlreadyTakenAndSaysWhich() {
        int tag = INPUT.indexOf("latest");
        Fix pinVersion = fix("Pin a version", TextEdit.replace(tag, tag + 6, "20"));
        Fix pinDigest = fix("Pin the digest", TextEdit.replace(tag - 1, tag + 6, "@sha256:abc"));
        FixAllResult result = applier.applyAll(INPUT, List.of(pinVersion, pinDigest));
        assertThat(result.text()).startsWith("FROM node:20\n");
        assertThat(result.applied()).containsExactly(pinVersion);
        assertThat(result.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.fix()).isEqualTo(pinDigest);
            assertThat(skipped.reason()).isEqualTo(Reason.OVERLAPPING_EDITS);
        });
    }

    @Test
    void skipsAStaleFix() {
        Fix stale = Fix.of("Add -y", Fix.Safety.SAFE, "other text", List.of(TextEdit.insert(0, "x")));
        FixAllResult result = applier.applyAll(INPUT, List.of(stale));
        assertThat(result.text()).isEqualTo(INPUT);
        assertThat(result.skipped()).extracting(FixAllResult.SkippedFix::reason).containsExactly(Reason.STALE_DOCUMENT);
    }

    @Test
    void insertsOfDifferentFixesAtTheSameOffsetFollowTheFixOrder() {
        FixAllResult result = applier.applyAll(INPUT, List.of(
                fix("Add a syntax directive", TextEdit.insert(0, "# syntax=docker/dockerfile:1\n")),
                fix("Add a comment", TextEdit.insert(0, "# hardened\n"))));
        assertThat(result.text()).startsWith("# syntax=docker/dockerfile:1\n# hardened\nFROM node:latest\n");
    }
}
