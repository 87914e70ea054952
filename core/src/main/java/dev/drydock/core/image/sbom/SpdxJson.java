package dev.drydock.core.image.sbom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The part of the SPDX 2.3 JSON format Drydock writes, as records in the order the fields are written. */
final class SpdxJson {

    static final String NOASSERTION = "NOASSERTION";

    private SpdxJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Document(String spdxVersion, String dataLicense, @JsonProperty("SPDXID") String spdxId, String name,
                    String documentNamespace, CreationInfo creationInfo, List<Package> packages, List<Relationship> relationships,
                    List<ExtractedLicense> hasExtractedLicensingInfos) {
    }

    record CreationInfo(String created, List<String> creators) {
    }

    /**
     * One package. {@code filesAnalyzed} is always false: Drydock lists packages, not their files, so
     * no verification code is due.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Package(@JsonProperty("SPDXID") String spdxId, String name, String versionInfo, String supplier,
                   String downloadLocation, boolean filesAnalyzed, String primaryPackagePurpose,
                   String licenseConcluded, String licenseDeclared, String copyrightText, String sourceInfo,
                   String comment, List<ExternalRef> externalRefs) {
    }

    record ExternalRef(String referenceCategory, String referenceType, String referenceLocator) {
    }

    record Relationship(String spdxElementId, String relationshipType, String relatedSpdxElement) {
    }

    record ExtractedLicense(String licenseId, String name, String extractedText) {
    }
}
