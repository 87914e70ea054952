package dev.drydock.core.image.sbom;

import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.sbom.SbomInventory.Placed;
import dev.drydock.core.image.sbom.SbomInventory.SbomPackage;
import dev.drydock.core.vuln.cvss.CvssScore;
import dev.drydock.core.vuln.match.FixStatus;
import dev.drydock.core.vuln.match.Suppression;
import dev.drydock.core.vuln.match.VulnerabilityMatch;
import dev.drydock.core.vuln.match.VulnerabilityReport;
import dev.drydock.core.vuln.osv.OsvReference;
import dev.drydock.core.vuln.report.VulnerablePackages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.model.vulnerability.Vulnerability.Analysis;
import org.cyclonedx.model.vulnerability.Vulnerability.Rating;

/**
 * The {@code vulnerabilities} section of a CycloneDX 1.6 BOM: one entry per match (package × vulnerability),
 * with its id and source (NVD for CVEs, GitHub for GHSAs, OSV otherwise), the other ids as references, the
 * rating (CVSS method, score and vector when a vector gave it), the summary, the fix as a recommendation, the
 * advisories, and the component it affects with the installed version. A package a later layer hid has no
 * component; its entries affect the image. Suppressed matches carry an {@code analysis}: VEX
 * {@code not_affected} and {@code fixed} become {@code not_affected} and {@code resolved}; an ignore-file entry
 * is stated in {@code analysis.detail}.
 */
final class CycloneDxVulnerabilities {

    private CycloneDxVulnerabilities() {
    }

    static List<Vulnerability> of(VulnerabilityReport report, SbomInventory inventory, String imageRef) {
        Map<Key, String> refs = new HashMap<>();
        for (Placed<SbomPackage> placed : inventory.packages()) {
            refs.putIfAbsent(new Key(placed.item().fact(), placed.layer()), placed.item().ref());
        }
        List<VulnerabilityMatch> matches = new ArrayList<>(report.matches());
        matches.sort(VulnerablePackages.SHOWN_ORDER);
        List<Vulnerability> result = new ArrayList<>();
        UniqueNames bomRefs = new UniqueNames();
        for (VulnerabilityMatch match : matches) {
            Located<PackageFact> pkg = match.pkg();
            String affected = refs.getOrDefault(new Key(pkg.fact(), pkg.layer()), imageRef);
            result.add(vulnerability(match, affected, bomRefs.claim(match.id() + "|" + affected)));
        }
        return result;
    }

    private static Vulnerability vulnerability(VulnerabilityMatch match, String affectedRef, String bomRef) {
        Vulnerability vulnerability = new Vulnerability();
        vulnerability.setBomRef(bomRef);
        vulnerability.setId(match.id());
        vulnerability.setSource(source(match.id()));
        for (String alias : match.ids()) {
            if (!alias.equals(match.id())) {
                Vulnerability.Reference reference = new Vulnerability.Reference();
                reference.setId(alias);
                reference.setSource(source(alias));
                vulnerability.addReference(reference);
            }
        }
        vulnerability.addRating(rating(match));
        if (!match.summary().isBlank()) {
            vulnerability.setDescription(match.summary());
        }
        String name = VulnerablePackages.name(match.packageFact());
        if (match.status() == FixStatus.FIXED) {
            vulnerability.setRecommendation("Upgrade " + name + " to " + match.fixedVersion() + " or later.");
        }
        match.references().stream().filter(ref -> "ADVISORY".equals(ref.type())).map(OsvReference::url).distinct()
                .forEach(url -> {
                    Vulnerability.Advisory advisory = new Vulnerability.Advisory();
                    advisory.setUrl(url);
                    vulnerability.addAdvisory(advisory);
                });
        Vulnerability.Affect affect = new Vulnerability.Affect();
        affect.setRef(affectedRef);
        Vulnerability.Version version = new Vulnerability.Version();
        version.setVersion(match.packageFact().version());
        version.setStatus(Vulnerability.Version.Status.AFFECTED);
        affect.addVersion(version);
        vulnerability.setAffects(List.of(affect));
        match.suppression().ifPresent(suppression -> vulnerability.setAnalysis(analysis(suppression)));
        List<Property> properties = new ArrayList<>();
        properties.add(new Property(CycloneDxExporter.PROPERTY_PREFIX + "status",
                match.status().name().toLowerCase(java.util.Locale.ROOT)));
        if (match.status() == FixStatus.FIXED) {
            properties.add(new Property(CycloneDxExporter.PROPERTY_PREFIX + "fixed_version", match.fixedVersion()));
        }
        properties.add(new Property(CycloneDxExporter.PROPERTY_PREFIX + "inherited", Boolean.toString(match.inherited())));
        vulnerability.setProperties(properties);
        return vulnerability;
    }

    private static Rating rating(VulnerabilityMatch match) {
        Rating rating = new Rating();
        rating.setSeverity(Rating.Severity.fromString(match.severity().severity().name().toLowerCase(java.util.Locale.ROOT)));
        match.severity().cvss().ifPresent(cvss -> {
            rating.setScore(cvss.baseScore());
            rating.setMethod(method(cvss));
            rating.setVector(cvss.vector());
        });
        return rating;
    }

    private static Rating.Method method(CvssScore cvss) {
        return switch (cvss.version()) {
            case "2.0" -> Rating.Method.CVSSV2;
            case "3.0" -> Rating.Method.CVSSV3;
            case "3.1" -> Rating.Method.CVSSV31;
            case "4.0" -> Rating.Method.CVSSV4;
            default -> Rating.Method.OTHER;
        };
    }

    private static Vulnerability.Source source(String id) {
        Vulnerability.Source source = new Vulnerability.Source();
        if (id.startsWith("CVE-")) {
            source.setName("NVD");
            source.setUrl("https://nvd.nist.gov/vuln/detail/" + id);
        } else if (id.startsWith("GHSA-")) {
            source.setName("GitHub");
            source.setUrl("https://github.com/advisories/" + id);
        } else {
            source.setName("OSV");
            source.setUrl("https://osv.dev/vulnerability/" + id);
        }
        return source;
    }

    private static Analysis analysis(Suppression suppression) {
        Analysis analysis = new Analysis();
        if (suppression.kind() == Suppression.Kind.VEX) {
            if (suppression.reason().contains(": not_affected")) {
                analysis.setState(Analysis.State.NOT_AFFECTED);
            } else if (suppression.reason().contains(": fixed")) {
                analysis.setState(Analysis.State.RESOLVED);
            }
        }
        analysis.setDetail("Suppressed by " + suppression.describe());
        return analysis;
    }

    /** A package where it was found: the same fact in two layers is two components. */
    private record Key(PackageFact fact, int layer) {
        Key {
            Objects.requireNonNull(fact, "fact");
        }
    }
}
