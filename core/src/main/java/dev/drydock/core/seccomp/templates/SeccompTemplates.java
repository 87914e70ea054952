package dev.drydock.core.seccomp.templates;

import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.json.SeccompReadException;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The seccomp templates shipped with Drydock, as data files ({@code templates/*.json}, sources in
 * {@code templates/SOURCES.md}).
 *
 * <ul>
 *   <li>{@link #baseline()}: our own list equivalent to Docker's runtime default (moby's
 *       {@code profiles/seccomp/default.json}): about 350 everyday calls always allowed, administration
 *       calls only with the capability that governs them ({@code includes.caps}), architecture-specific
 *       calls only on their architecture, {@code clone} without namespace flags, {@code clone3} answered
 *       with ENOSYS. That it matches the daemon's real behaviour is checked by a daemon-backed test, not
 *       here.</li>
 *   <li>{@link #strict()}: a minimal allow-list for typical static or simple services (files, memory,
 *       threads, signals, clocks, polling, sockets, and what runc still calls after loading the
 *       filter); native x86_64/aarch64 only. Every rule carries a comment saying why it is there.</li>
 * </ul>
 * Both deny everything else with EPERM ({@code SCMP_ACT_ERRNO}, errno 1).
 */
public final class SeccompTemplates {
    private SeccompTemplates() {
    }

    /** Docker's runtime default, as our own list. */
    public static SeccompProfile baseline() {
        return load("baseline.json");
    }

    /** A minimal allow-list for simple services. */
    public static SeccompProfile strict() {
        return load("strict.json");
    }

    /** The template's JSON text exactly as shipped. */
    public static String text(String name) {
        try (InputStream in = SeccompTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no seccomp template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seccomp template " + name, e);
        }
    }

    private static SeccompProfile load(String name) {
        try {
            return SeccompProfileReader.read(text(name));
        } catch (SeccompReadException e) {
            throw new IllegalStateException("the shipped template " + name + " is broken: " + e.getMessage(), e);
        }
    }
}
