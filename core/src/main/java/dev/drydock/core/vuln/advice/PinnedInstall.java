package dev.drydock.core.vuln.advice;

import dev.drydock.core.dockerfile.instruction.RunInstruction;
import dev.drydock.core.image.scan.PackageType;

/**
 * A language package that a {@code RUN} line installs at an exact version: {@code lodash@4.17.20},
 * {@code django==4.2.7}, {@code rails -v 7.1.3}, {@code golang.org/x/tools/cmd/goimports@v0.1.0}.
 *
 * @param name         the package as written, without the version (for Go the path installed)
 * @param version      the version as written ({@code v0.1.0} keeps its {@code v})
 * @param versionStart the Dockerfile offset where the version's text starts
 * @param versionEnd   the offset where it ends: replacing this stretch changes the pin and nothing else
 */
public record PinnedInstall(PackageType type, RunInstruction run, String command, String name, String version,
                            int versionStart, int versionEnd) {
}
