package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StructureBaseImageTest {

    @Test
    void splitsAReferenceAsDockerDoes() {
        assertThat(StructureBaseImage.parse("node")).isEqualTo(
                new StructureBaseImage("node", Optional.empty(), "node", Optional.empty(), Optional.empty()));
        assertThat(StructureBaseImage.parse("library/node:22")).isEqualTo(
                new StructureBaseImage("library/node:22", Optional.empty(), "library/node", Optional.of("22"), Optional.empty()));
        assertThat(StructureBaseImage.parse("registry.example.com:5000/team/app")).isEqualTo(new StructureBaseImage(
                "registry.example.com:5000/team/app", Optional.of("registry.example.com:5000"), "team/app", Optional.empty(), Optional.empty()));
        assertThat(StructureBaseImage.parse("localhost/app:1@sha256:abc")).isEqualTo(new StructureBaseImage(
                "localhost/app:1@sha256:abc", Optional.of("localhost"), "app", Optional.of("1"), Optional.of("sha256:abc")));
    }

    @Test
    void knowsScratchAndUnresolvedArguments() {
        assertThat(StructureBaseImage.parse("scratch").isScratch()).isTrue();
        assertThat(StructureBaseImage.parse("example.com/scratch").isScratch()).isFalse();
        assertThat(StructureBaseImage.parse("${BASE}").isUnresolved()).isTrue();
        assertThat(StructureBaseImage.parse("").isUnresolved()).isTrue();
        assertThat(StructureBaseImage.parse("debian:12").isUnresolved()).isFalse();
    }
}
