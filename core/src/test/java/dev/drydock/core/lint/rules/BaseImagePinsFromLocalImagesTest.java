package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LocalImage;
import dev.drydock.core.lint.LocalImages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DD3007 and DD5007 pinning to what the local daemon knows (an in-memory {@link LocalImages}). */
class BaseImagePinsFromLocalImagesTest {

    private static final String DIGEST = "sha256:" + "1e42bbe2508154c9".repeat(4);
    private static final LocalImage PULLED_NODE = new LocalImage("sha256:" + "a".repeat(64),
            List.of("node:latest", "node:22", "node:22.11.0", "node:22.11"), List.of("node@" + DIGEST));
    private static final LocalImage LOADED_NODE = new LocalImage("sha256:" + "b".repeat(64),
            List.of("node:latest", "node:22.11.0"), List.of());
    private static final LocalImage PULLED_DEBIAN = new LocalImage("sha256:" + "c".repeat(64),
            List.of("registry.example.com:5000/base/debian:12"), List.of("registry.example.com:5000/base/debian@" + DIGEST));

    @Test
    void latestIsPinnedFirstByTheDigestTheDaemonKnowsKeepingTheRestOfTheLine() {
        String text = "FROM node:latest AS build\n";
        Finding finding = only("DD3007", text, LocalImages.of(List.of(PULLED_NODE)));

        assertThat(finding.fixes()).extracting(Fix::safety)
                .containsExactly(Fix.Safety.SAFE, Fix.Safety.SAFE, Fix.Safety.NEEDS_REVIEW);
        assertThat(apply(text, finding.fixes().get(0))).isEqualTo("FROM node@" + DIGEST + " AS build\n");
        assertThat(apply(text, finding.fixes().get(1))).isEqualTo("FROM node:22.11.0 AS build\n");
        assertThat(finding.preferredFix(false)).contains(finding.fixes().get(0));
    }

    @Test
    void latestOfALocallyLoadedImageIsPinnedToItsOtherVersionTag() {
        String text = "FROM docker.io/library/node:latest\n";
        Finding finding = only("DD3007", text, LocalImages.of(List.of(LOADED_NODE)));

        Fix preferred = finding.preferredFix(false).orElseThrow();
        assertThat(preferred.title()).contains("22.11.0");
        String fixed = apply(text, preferred);
        assertThat(fixed).isEqualTo("FROM docker.io/library/node:22.11.0\n");
        assertThat(lint(fixed, LocalImages.of(List.of(LOADED_NODE))).findingsOf("DD3007")).isEmpty();
    }

    @Test
    void withoutTheImageLocallyOnlyThePlaceholderIsOffered() {
        Finding finding = only("DD3007", "FROM node:latest\n", LocalImages.of(List.of(PULLED_DEBIAN)));

        assertThat(finding.fixes()).extracting(Fix::safety).containsExactly(Fix.Safety.NEEDS_REVIEW);
        assertThat(finding.preferredFix(false)).isEmpty();
    }

    @Test
    void anImageWithOnlyTheLatestTagAndNoDigestKeepsThePlaceholder() {
        LocalImage onlyLatest = new LocalImage("sha256:" + "d".repeat(64), List.of("node:latest", "other:1.0"), List.of());
        Finding finding = only("DD3007", "FROM node:latest\n", LocalImages.of(List.of(onlyLatest)));

        assertThat(finding.fixes()).extracting(Fix::safety).containsExactly(Fix.Safety.NEEDS_REVIEW);
    }

    @Test
    void digestPinOfATaggedImageKeepsTheTagAndLintsClean() {
        String text = "FROM registry.example.com:5000/base/debian:12 AS base\nRUN true\n";
        LocalImages images = LocalImages.of(List.of(PULLED_DEBIAN));
        Finding finding = only("DD5007", text, images);

        assertThat(finding.fixes()).singleElement().extracting(Fix::safety).isEqualTo(Fix.Safety.SAFE);
        String fixed = apply(text, finding.fixes().get(0));
        assertThat(fixed).isEqualTo("FROM registry.example.com:5000/base/debian:12@" + DIGEST + " AS base\nRUN true\n");
        assertThat(lint(fixed, images).findingsOf("DD5007")).isEmpty();
    }

    @Test
    void digestPinOfLatestIsTheSameEditAsDd3007sSoAPassAppliesItOnce() {
        String text = "FROM node:latest\n";
        LocalImages images = LocalImages.of(List.of(PULLED_NODE));
        Fix fromDd5007 = only("DD5007", text, images).fixes().get(0);
        Fix fromDd3007 = only("DD3007", text, images).fixes().get(0);

        assertThat(fromDd5007.edits()).isEqualTo(fromDd3007.edits());
        var pass = new FixApplier().applyAll(text, List.of(fromDd3007, fromDd5007));
        assertThat(pass.text()).isEqualTo("FROM node@" + DIGEST + "\n");
        assertThat(lint(pass.text(), images).findingsOf("DD5007")).isEmpty();
        assertThat(lint(pass.text(), images).findingsOf("DD3007")).isEmpty();
    }

    @Test
    void noDigestFixWithoutADigestOrWhenTheImageComesFromABuildArgument() {
        assertThat(only("DD5007", "FROM node:22.11.0\n", LocalImages.of(List.of(LOADED_NODE))).fixes()).isEmpty();
        assertThat(only("DD5007", "ARG NODE=node:22\nFROM ${NODE}\n", LocalImages.of(List.of(PULLED_NODE))).fixes()).isEmpty();
    }

    @Test
    void theMostSpecificVersionTagIsChosen() {
        LocalImage image = new LocalImage("sha256:x", List.of("app:latest", "app:stable", "app:2", "app:2.4.1", "app:2.4",
                "other/app:9.9.9"), List.of());
        assertThat(image.versionTagIn("app:latest")).contains("2.4.1");
        assertThat(image.versionTagIn("docker.io/library/app")).contains("2.4.1");
        assertThat(image.digestIn("app")).isEmpty();
    }

    private static Finding only(String ruleId, String text, LocalImages images) {
        return assertThat(lint(text, images).findingsOf(ruleId)).singleElement().actual();
    }

    private static dev.drydock.core.lint.LintResult lint(String text, LocalImages images) {
        return DockerfileLinter.standard().withLocalImages(images).lint("Dockerfile", text, LintConfig.defaults());
    }

    private static String apply(String text, Fix fix) {
        return new FixApplier().apply(text, fix);
    }
}
