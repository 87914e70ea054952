package dev.drydock.core.image.analyzers.packages;

import org.junit.jupiter.api.Test;

import java.util.jar.Attributes;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestValuesTest {

    @Test
    void quotesSomeBuildToolsWriteAroundValuesAreDropped() {
        Attributes main = new Attributes();
        main.putValue("Implementation-Title", "\"org.apache.commons.digester\"");
        main.putValue("Implementation-Version", " \"1.6\" ");
        main.putValue("Bundle-Version", "2.0");

        assertThat(JavaArchiveReader.value(main, "Implementation-Title")).isEqualTo("org.apache.commons.digester");
        assertThat(JavaArchiveReader.value(main, "Implementation-Version")).isEqualTo("1.6");
        assertThat(JavaArchiveReader.value(main, "Bundle-Version")).isEqualTo("2.0");
        assertThat(JavaArchiveReader.value(main, "Missing")).isEmpty();
    }
}
