package dev.drydock.core.lint.rules;

import java.util.Set;

/** The options of {@code apk} that take the next word as their value ({@code --virtual .build-deps}). */
final class ApkPackageOptions {

    static final Set<String> WITH_VALUE = Set.of("-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch",
            "--keys-dir", "--repositories-file", "--cache-dir", "--cache-max-age", "--timeout");

    private ApkPackageOptions() {
    }
}
