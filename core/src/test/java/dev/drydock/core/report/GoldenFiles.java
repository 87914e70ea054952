package dev.drydock.core.report;

/** The exporters' golden files, in {@code src/test/resources/dev/drydock/core/report/golden}. */
final class GoldenFiles {

    private static final dev.drydock.core.testing.GoldenFiles FILES = dev.drydock.core.testing.GoldenFiles.beside(GoldenFiles.class);

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) {
        FILES.assertMatches(name, actual);
    }
}
