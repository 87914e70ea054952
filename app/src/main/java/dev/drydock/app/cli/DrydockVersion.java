package dev.drydock.app.cli;

import dev.drydock.app.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code drydock --version}: the build's version (from the jar manifest) and the Java runtime. */
final class DrydockVersion implements IVersionProvider {

    static String version() {
        return AppVersion.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "drydock " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
