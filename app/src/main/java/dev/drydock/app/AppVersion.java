package dev.drydock.app;

/** The build's version, from the jar manifest: shown by {@code --version} and written into exported SBOMs. */
public final class AppVersion {

    private AppVersion() {
    }

    /** {@code 1.2.0}, or {@code development build} when not run from the packaged jar. */
    public static String version() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
