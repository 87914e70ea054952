package dev.drydock.core.image.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.sbom.SbomInventory.Placed;
import dev.drydock.core.image.sbom.SbomInventory.SbomPackage;
import dev.drydock.core.image.sbom.SpdxJson.CreationInfo;
import dev.drydock.core.image.sbom.SpdxJson.Document;
import dev.drydock.core.image.sbom.SpdxJson.ExternalRef;
import dev.drydock.core.image.sbom.SpdxJson.ExtractedLicense;
import dev.drydock.core.image.sbom.SpdxJson.Relationship;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.drydock.core.image.sbom.SpdxJson.NOASSERTION;

/**
 * Writes a scanned image as an SPDX 2.3 JSON document: the image is the package the document
 * DESCRIBES, and it CONTAINS its distribution and every installed package (each with its purl as a
 * PACKAGE-MANAGER reference). Licenses the package states are its declared license (an SPDX
 * expression, or a {@code LicenseRef-} with the original text); Drydock concludes none. Written with
 * Jackson rather than the SPDX Java library, which needs a model store, a JSON store and the license
 * list at run time for what is a plain document here; the tests read the output back with that
 * library and run its verifier.
 */
public final class SpdxExporter {

    static final String IMAGE_ID = "SPDXRef-Image";
    static final String OS_ID = "SPDXRef-OperatingSystem";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(ScannedImage image, SbomContext context, OutputStream out) throws IOException {
        out.write(render(image, context).getBytes(StandardCharsets.UTF_8));
    }

    public String render(ScannedImage image, SbomContext context) {
        SbomInventory inventory = SbomInventory.of(image);
        ImageIdentity identity = inventory.image();
        List<SpdxJson.Package> packages = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        relationships.add(new Relationship("SPDXRef-DOCUMENT", "DESCRIBES", IMAGE_ID));
        packages.add(new SpdxJson.Package(IMAGE_ID, identity.name(), identity.version(), NOASSERTION, NOASSERTION,
                false, "CONTAINER", NOASSERTION, NOASSERTION, NOASSERTION, "", imageComment(identity), List.of()));
        inventory.os().ifPresent(os -> {
            packages.add(osPackage(os));
            relationships.add(new Relationship(IMAGE_ID, "CONTAINS", OS_ID));
        });
        UniqueNames ids = new UniqueNames();
        Map<String, ExtractedLicense> licenseRefs = new LinkedHashMap<>();
        UniqueNames licenseIds = new UniqueNames();
        for (Placed<SbomPackage> placed : inventory.packages()) {
            PackageFact fact = placed.item().fact();
            String id = ids.claim("SPDXRef-Package-" + idString(String.join("-", fact.type().purlType(),
                    fact.namespace(), fact.name(), fact.version())));
            PackageLicense license = placed.item().license();
            String declared = license.spdxExpression().orElseGet(() -> license.kind() == PackageLicense.Kind.TEXT
                    ? licenseRefs.computeIfAbsent(license.value(), text -> new ExtractedLicense(
                            licenseIds.claim("LicenseRef-" + idString(text)), text, text)).licenseId()
                    : NOASSERTION);
            List<ExternalRef> refs = placed.item().purl()
                    .map(purl -> List.of(new ExternalRef("PACKAGE-MANAGER", "purl", purl))).orElse(List.of());
            packages.add(new SpdxJson.Package(id, fact.name().isBlank() ? "unknown" : fact.name(), fact.version(),
                    NOASSERTION, NOASSERTION, false, "LIBRARY", NOASSERTION, declared, NOASSERTION,
                    foundIn(fact.path(), placed), sourcePackage(fact), refs));
            relationships.add(new Relationship(IMAGE_ID, "CONTAINS", id));
        }
        Document document = new Document("SPDX-2.3", "CC0-1.0", "SPDXRef-DOCUMENT", identity.displayName(),
                context.serialUrn(),
                new CreationInfo(DateTimeFormatter.ISO_INSTANT.format(context.created()),
                        List.of("Tool: Drydock-" + context.toolVersion())),
                packages, relationships, List.copyOf(licenseRefs.values()));
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write this image's SPDX document: " + e.getOriginalMessage(), e);
        }
    }

    private static SpdxJson.Package osPackage(Placed<OsReleaseFact> placed) {
        OsReleaseFact os = placed.item();
        return new SpdxJson.Package(OS_ID, os.id().isBlank() ? "unknown" : os.id(), os.versionId(), NOASSERTION,
                NOASSERTION, false, "OPERATING-SYSTEM", NOASSERTION, NOASSERTION, NOASSERTION,
                foundIn(os.path(), placed), os.prettyName(), List.of());
    }

    private static String imageComment(ImageIdentity image) {
        List<String> parts = new ArrayList<>();
        if (!image.imageId().isBlank()) {
            parts.add("image id " + image.imageId());
        }
        if (!image.repoTags().isEmpty()) {
            parts.add("tags " + String.join(", ", image.repoTags()));
        }
        if (!image.os().isBlank() || !image.architecture().isBlank()) {
            parts.add("platform " + image.os() + (image.architecture().isBlank() ? "" : "/" + image.architecture()));
        }
        return String.join("; ", parts);
    }

    private static String foundIn(String path, Placed<?> placed) {
        String layer = "layer " + placed.layer() + (placed.layerDiffId().isBlank() ? "" : " (" + placed.layerDiffId() + ")");
        return path.isBlank() ? "found in " + layer : "found in " + path + ", " + layer;
    }

    private static String sourcePackage(PackageFact fact) {
        if (fact.sourceName().isBlank()) {
            return "";
        }
        return "source package " + fact.sourceName() + (fact.sourceVersion().isBlank() ? "" : " " + fact.sourceVersion());
    }

    /** Letters, digits, dots and dashes: what SPDX ids allow after their prefix. */
    static String idString(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "unnamed" : cleaned;
    }
}
