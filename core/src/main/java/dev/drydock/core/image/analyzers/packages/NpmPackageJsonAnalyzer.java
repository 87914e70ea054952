package dev.drydock.core.image.analyzers.packages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Installed npm packages: the {@code package.json} at the top of each package directory under a
 * {@code node_modules} folder ({@code node_modules/express/package.json},
 * {@code node_modules/@babel/core/package.json}); files deeper inside a package are not packages.
 */
public final class NpmPackageJsonAnalyzer implements FileAnalyzer {

    private static final Pattern INSTALLED = Pattern.compile("(.*/)?node_modules/(@[^/]+/)?[^/@][^/]*/package\\.json");
    private static final int LIMIT = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "npm";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == EntryType.FILE && entry.name().equals("package.json")
                && INSTALLED.matcher(entry.path()).matches();
    }

    @Override
    public long maxBytes() {
        return LIMIT;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        JsonNode json;
        try {
            json = JSON.readTree(BoundedText.readBytes(content, LIMIT));
        } catch (JsonProcessingException e) {
            sink.note(entry.path(), "is not valid JSON (" + e.getOriginalMessage() + ")");
            return;
        }
        String name = json == null ? "" : json.path("name").asText("");
        String version = json == null ? "" : json.path("version").asText("");
        if (name.isBlank() || version.isBlank()) {
            sink.note(entry.path(), "has no name or version; not listed as a package");
            return;
        }
        sink.packageFound(fact(name, version, license(json), entry.path()));
    }

    /** An npm package fact; {@code @scope/name} is split into namespace and name. */
    static PackageFact fact(String fullName, String version, String license, String path) {
        String namespace = "";
        String name = fullName;
        int slash = fullName.indexOf('/');
        if (fullName.startsWith("@") && slash > 0) {
            namespace = fullName.substring(0, slash);
            name = fullName.substring(slash + 1);
        }
        String purl = PackageUrls.of(PackageType.NPM, namespace, name, version);
        return new PackageFact(PackageType.NPM, namespace, name, version, "", "", "", license, purl, path);
    }

    /** {@code "license": "MIT"}, the old {@code {"type": "MIT"}} object, or the older {@code licenses} array. */
    static String license(JsonNode json) {
        JsonNode license = json.path("license");
        if (license.isTextual()) {
            return license.asText();
        }
        if (license.isObject()) {
            return license.path("type").asText("");
        }
        JsonNode licenses = json.path("licenses");
        if (licenses.isArray() && !licenses.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            for (JsonNode each : licenses) {
                String type = each.isTextual() ? each.asText() : each.path("type").asText("");
                if (!type.isEmpty()) {
                    joined.append(joined.length() == 0 ? "" : " OR ").append(type);
                }
            }
            return joined.toString();
        }
        return "";
    }
}
