package dev.drydock.core.image.analyzers.packages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * npm lockfiles of applications ({@code package-lock.json}, {@code npm-shrinkwrap.json}): the packages
 * the application declares. Version 2 and 3 lockfiles are read from their {@code packages} section,
 * version 1 from its nested {@code dependencies}.
 *
 * <p>Decision: lockfile entries are reported as their own facts, with the lockfile as their path, so
 * an image that ships only a lockfile (dependencies bundled elsewhere) still shows what it declares.
 * When {@code node_modules} is also present the same package is reported twice with two paths; the
 * image assembly or the SBOM de-duplicates by purl. Development-only entries ({@code "dev": true}) and
 * workspace links are left out, and so is npm's hidden {@code node_modules/.package-lock.json}, which
 * only mirrors the installed packages that {@link NpmPackageJsonAnalyzer} already reports.
 */
public final class NpmLockfileAnalyzer implements FileAnalyzer {

    private static final int LIMIT = 64 * 1024 * 1024;
    private static final int MAX_V1_DEPTH = 64;
    private static final String NODE_MODULES = "node_modules/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "npm-lockfile";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == EntryType.FILE
                && (entry.name().equals("package-lock.json") || entry.name().equals("npm-shrinkwrap.json"))
                && !entry.path().startsWith(NODE_MODULES) && !entry.path().contains("/" + NODE_MODULES);
    }

    @Override
    public long maxBytes() {
        return LIMIT;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        JsonNode lock;
        try {
            lock = JSON.readTree(BoundedText.readBytes(content, LIMIT));
        } catch (JsonProcessingException e) {
            sink.note(entry.path(), "is not valid JSON (" + e.getOriginalMessage() + ")");
            return;
        }
        if (lock == null || !lock.isObject()) {
            sink.note(entry.path(), "is not an npm lockfile");
        } else if (lock.path("packages").isObject()) {
            readPackages(lock.path("packages"), entry.path(), sink);
        } else if (lock.path("dependencies").isObject()) {
            readDependencies(lock.path("dependencies"), entry.path(), sink, 0);
        }
    }

    private static void readPackages(JsonNode packages, String path, FactSink sink) {
        for (Map.Entry<String, JsonNode> field : packages.properties()) {
            String key = field.getKey();
            JsonNode pkg = field.getValue();
            int at = key.lastIndexOf(NODE_MODULES);
            if (at < 0 || pkg.path("dev").asBoolean(false) || pkg.path("link").asBoolean(false)) {
                continue; // the root project, a workspace folder, a dev-only package or a link
            }
            String name = pkg.path("name").asText(key.substring(at + NODE_MODULES.length()));
            String version = pkg.path("version").asText("");
            if (!version.isEmpty()) {
                sink.packageFound(NpmPackageJsonAnalyzer.fact(name, version, NpmPackageJsonAnalyzer.license(pkg), path));
            }
        }
    }

    private static void readDependencies(JsonNode dependencies, String path, FactSink sink, int depth) {
        if (depth > MAX_V1_DEPTH) {
            sink.note(path, "nests dependencies more than " + MAX_V1_DEPTH + " levels deep; the deeper ones were not read");
            return;
        }
        for (Map.Entry<String, JsonNode> field : dependencies.properties()) {
            JsonNode dependency = field.getValue();
            String version = dependency.path("version").asText("");
            if (!dependency.path("dev").asBoolean(false) && !version.isEmpty() && !version.startsWith("file:")) {
                sink.packageFound(NpmPackageJsonAnalyzer.fact(field.getKey(), version, "", path));
            }
            if (dependency.path("dependencies").isObject()) {
                readDependencies(dependency.path("dependencies"), path, sink, depth + 1);
            }
        }
    }
}
