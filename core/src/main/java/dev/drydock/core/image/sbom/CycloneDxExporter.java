package dev.drydock.core.image.sbom;

import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.sbom.SbomInventory.Placed;
import dev.drydock.core.image.sbom.SbomInventory.SbomPackage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import dev.drydock.core.vuln.match.VulnerabilityReport;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * Writes a scanned image as a CycloneDX 1.6 JSON SBOM with cyclonedx-core-java: the image is the
 * metadata component (type {@code container}), its distribution an {@code operating-system}
 * component, every installed package a {@code library} with its purl, version, license and where it
 * was found ({@code drydock:*} properties). Dependencies: the image depends on its distribution and
 * language packages, the distribution on its OS packages (package-to-package dependencies are not
 * known). The same image and context always give the same bytes.
 */
public final class CycloneDxExporter {

    static final String PROPERTY_PREFIX = "drydock:";

    public void write(ScannedImage image, SbomContext context, OutputStream out) throws IOException {
        out.write(render(image, context).getBytes(StandardCharsets.UTF_8));
    }

    public String render(ScannedImage image, SbomContext context) {
        return json(bom(context, SbomInventory.of(image)));
    }

    /**
     * The SBOM with a {@code vulnerabilities} section: each match of {@code report} (active and suppressed) as a
     * CycloneDX vulnerability affecting its package's component ({@link CycloneDxVulnerabilities}).
     */
    public String render(ScannedImage image, SbomContext context, VulnerabilityReport report) {
        SbomInventory inventory = SbomInventory.of(image);
        Bom bom = bom(context, inventory);
        bom.setVulnerabilities(CycloneDxVulnerabilities.of(report, inventory, bom.getMetadata().getComponent().getBomRef()));
        return json(bom);
    }

    private static Bom bom(SbomContext context, SbomInventory inventory) {
        Bom bom = new Bom();
        bom.setSerialNumber(context.serialUrn());
        bom.setVersion(1);
        Component imageComponent = imageComponent(inventory.image());
        bom.setMetadata(metadata(imageComponent, context));

        List<Component> components = new ArrayList<>();
        Optional<Component> os = inventory.os().map(CycloneDxExporter::osComponent);
        os.ifPresent(components::add);
        Dependency imageDependency = new Dependency(imageComponent.getBomRef());
        Optional<Dependency> osDependency = os.map(component -> new Dependency(component.getBomRef()));
        osDependency.ifPresent(dependency -> imageDependency.addDependency(new Dependency(dependency.getRef())));
        for (Placed<SbomPackage> placed : inventory.packages()) {
            Component component = packageComponent(placed);
            components.add(component);
            Dependency dependsOnIt = new Dependency(component.getBomRef());
            if (osDependency.isPresent() && placed.item().fact().type().isOsPackage()) {
                osDependency.get().addDependency(dependsOnIt);
            } else {
                imageDependency.addDependency(dependsOnIt);
            }
        }
        bom.setComponents(components);
        List<Dependency> dependencies = new ArrayList<>();
        dependencies.add(imageDependency);
        osDependency.ifPresent(dependencies::add);
        bom.setDependencies(dependencies);
        return bom;
    }

    private static String json(Bom bom) {
        try {
            return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString(true) + "\n";
        } catch (GeneratorException e) {
            throw new IllegalStateException("CycloneDX could not write this image's SBOM: " + e.getMessage(), e);
        }
    }

    private static Metadata metadata(Component imageComponent, SbomContext context) {
        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(context.created()));
        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setName("Drydock");
        tool.setVersion(context.toolVersion());
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);
        metadata.setComponent(imageComponent);
        return metadata;
    }

    private static Component imageComponent(ImageIdentity image) {
        Component component = new Component();
        component.setType(Component.Type.CONTAINER);
        component.setBomRef(image.imageId().isBlank() ? "image:" + image.displayName() : image.imageId());
        component.setName(image.name());
        if (!image.version().isEmpty()) {
            component.setVersion(image.version());
        }
        image.imageIdSha256().ifPresent(sha -> component.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, sha))));
        List<Property> properties = new ArrayList<>();
        addIfPresent(properties, "image:id", image.imageId());
        image.repoTags().forEach(tag -> properties.add(property("image:repo_tag", tag)));
        addIfPresent(properties, "image:os", image.os());
        addIfPresent(properties, "image:architecture", image.architecture());
        image.diffIds().forEach(diffId -> properties.add(property("layer:diff_id", diffId)));
        component.setProperties(properties);
        return component;
    }

    private static Component osComponent(Placed<OsReleaseFact> placed) {
        OsReleaseFact os = placed.item();
        Component component = new Component();
        component.setType(Component.Type.OPERATING_SYSTEM);
        String name = os.id().isBlank() ? "unknown" : os.id();
        component.setBomRef("os:" + name + (os.versionId().isBlank() ? "" : "@" + os.versionId()));
        component.setName(name);
        if (!os.versionId().isBlank()) {
            component.setVersion(os.versionId());
        }
        if (!os.prettyName().isBlank()) {
            component.setDescription(os.prettyName());
        }
        List<Property> properties = new ArrayList<>();
        addIfPresent(properties, "os:codename", os.versionCodename());
        addIfPresent(properties, "os:id_like", os.idLike());
        addPlace(properties, os.path(), placed);
        component.setProperties(properties);
        return component;
    }

    private static Component packageComponent(Placed<SbomPackage> placed) {
        SbomPackage pkg = placed.item();
        PackageFact fact = pkg.fact();
        Component component = new Component();
        component.setType(Component.Type.LIBRARY);
        component.setBomRef(pkg.ref());
        if (fact.type() == PackageType.MAVEN || fact.type() == PackageType.NPM) {
            if (!fact.namespace().isBlank()) {
                component.setGroup(fact.namespace());
            }
        }
        component.setName(fact.name().isBlank() ? "unknown" : fact.name());
        if (!fact.version().isBlank()) {
            component.setVersion(fact.version());
        }
        pkg.purl().ifPresent(component::setPurl);
        licenses(pkg.license()).ifPresent(component::setLicenses);
        List<Property> properties = new ArrayList<>();
        properties.add(property("package:type", fact.type().purlType()));
        addIfPresent(properties, "package:source_name", fact.sourceName());
        addIfPresent(properties, "package:source_version", fact.sourceVersion());
        addPlace(properties, fact.path(), placed);
        component.setProperties(properties);
        return component;
    }

    private static Optional<LicenseChoice> licenses(PackageLicense license) {
        LicenseChoice choice = new LicenseChoice();
        switch (license.kind()) {
            case NONE -> {
                return Optional.empty();
            }
            case SPDX_EXPRESSION -> choice.setExpression(new Expression(license.value()));
            case SPDX_ID, TEXT -> {
                License single = new License();
                if (license.kind() == PackageLicense.Kind.SPDX_ID) {
                    single.setId(license.value());
                } else {
                    single.setName(license.value());
                }
                choice.addLicense(single);
            }
        }
        return Optional.of(choice);
    }

    private static void addPlace(List<Property> properties, String path, Placed<?> placed) {
        addIfPresent(properties, "file:path", path);
        properties.add(property("layer:index", Integer.toString(placed.layer())));
        addIfPresent(properties, "layer:diff_id", placed.layerDiffId());
        properties.add(property("hidden", "false"));
    }

    private static void addIfPresent(List<Property> properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.add(property(name, value));
        }
    }

    private static Property property(String name, String value) {
        return new Property(PROPERTY_PREFIX + name, value);
    }
}
