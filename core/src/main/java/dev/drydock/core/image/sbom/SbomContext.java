package dev.drydock.core.image.sbom;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What an SBOM says about its own making, passed in so that tests (and reproducible builds) get the
 * same bytes for the same image.
 *
 * @param toolVersion Drydock's version, written as the creating tool ({@code Tool: Drydock-0.1.0})
 * @param created     when the SBOM was made; written to the second
 * @param serial      the document's unique id: CycloneDX {@code serialNumber} ({@code urn:uuid:…}) and
 *                    the SPDX document namespace
 */
public record SbomContext(String toolVersion, Instant created, UUID serial) {

    public SbomContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(serial, "serial");
        created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A context for an SBOM made now, with a fresh random serial. */
    public static SbomContext now(String toolVersion) {
        return new SbomContext(toolVersion, Instant.now(), UUID.randomUUID());
    }

    /** The serial as a URN: {@code urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79}. */
    public String serialUrn() {
        return "urn:uuid:" + serial;
    }
}
