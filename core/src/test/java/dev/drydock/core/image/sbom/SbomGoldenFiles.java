package dev.drydock.core.image.sbom;

import dev.drydock.core.testing.GoldenFiles;

/** The SBOM exporters' golden files, in {@code src/test/resources/dev/drydock/core/image/sbom/golden}. */
final class SbomGoldenFiles {

    private static final GoldenFiles FILES = GoldenFiles.beside(SbomGoldenFiles.class);

    private SbomGoldenFiles() {
    }

    static void assertMatches(String name, String actual) {
        FILES.assertMatches(name, actual);
    }
}
