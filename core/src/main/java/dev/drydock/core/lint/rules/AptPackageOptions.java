package dev.drydock.core.lint.rules;

import java.util.Set;

/** The options of {@code apt-get} that take the next word as their value ({@code -o Foo=bar}). */
final class AptPackageOptions {

    static final Set<String> WITH_VALUE = Set.of("-o", "--option", "-c", "--config-file", "-t", "--target-release",
            "--default-release");

    private AptPackageOptions() {
    }
}
