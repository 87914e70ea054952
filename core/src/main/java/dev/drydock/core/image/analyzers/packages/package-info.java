/**
 * File analyzers that inventory installed packages: the OS package databases (dpkg, apk, the SQLite
 * rpmdb) and language packages (Java archives, npm, Python, Go binaries, Ruby gems), each with a
 * Package URL built by packageurl-java. {@link dev.drydock.core.image.analyzers.packages.PackageAnalyzers#all()}
 * lists them; {@link dev.drydock.core.image.analyzers.packages.OsPackageUrls} puts the distribution into OS
 * package purls once the image's os-release is known.
 */
package dev.drydock.core.image.analyzers.packages;
