package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.MergedEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DI1010: package manager caches and indexes left in the image (apt lists and archives, apk, yum/dnf,
 * pip, npm, Go build cache): one finding per cache, in the layer that wrote most of it.
 */
public final class PackageCacheLeft implements ImageRule {

    private static final RuleMetadata METADATA = new RuleMetadata("DI1010", "Package manager cache left in the image",
            Severity.INFO, RuleCategory.IMAGE_SIZE, RuleReferences.none());

    private record Cache(String name, Pattern pattern, String cleanup) {
    }

    private static final List<Cache> CACHES = List.of(
            new Cache("apt package lists", Pattern.compile("^(var/lib/apt/lists/)(?!lock$|partial/).+"), "rm -rf /var/lib/apt/lists/*"),
            new Cache("apt package archives", Pattern.compile("^(var/cache/apt/archives/).+\\.deb$"), "apt-get clean"),
            new Cache("apk cache", Pattern.compile("^(var/cache/apk/).+"), "apk add --no-cache"),
            new Cache("yum cache", Pattern.compile("^(var/cache/yum/).+"), "yum clean all"),
            new Cache("dnf cache", Pattern.compile("^(var/cache/dnf/).+"), "dnf clean all"),
            new Cache("pip cache", Pattern.compile("^((?:root|home/[^/]+)/\\.cache/pip/).+"), "pip install --no-cache-dir"),
            new Cache("npm cache", Pattern.compile("^((?:root|home/[^/]+)/\\.npm/_cacache/).+"), "npm cache clean --force"),
            new Cache("Go build cache", Pattern.compile("^((?:root|home/[^/]+)/\\.cache/go-build/).+"), "go clean -cache"));

    private static final class Found {
        int files;
        long bytes;
        final Map<Integer, Long> bytesByLayer = new HashMap<>();
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ImageRuleContext context) {
        Map<String, Found> found = new java.util.TreeMap<>();
        Map<String, Cache> cacheOf = new HashMap<>();
        for (MergedEntry merged : context.image().files().values()) {
            if (merged.entry().type() != EntryType.FILE) {
                continue;
            }
            for (Cache cache : CACHES) {
                Matcher matcher = cache.pattern().matcher(merged.entry().path());
                if (matcher.matches()) {
                    Found f = found.computeIfAbsent(matcher.group(1), k -> new Found());
                    cacheOf.put(matcher.group(1), cache);
                    f.files++;
                    f.bytes += merged.entry().size();
                    f.bytesByLayer.merge(merged.visibleFrom(), merged.entry().size() + 1, Long::sum);
                    break;
                }
            }
        }
        found.forEach((directory, f) -> {
            Cache cache = cacheOf.get(directory);
            int layer = new ArrayList<>(f.bytesByLayer.entrySet()).stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
            context.reportFile(layer, directory, false, "The " + cache.name() + " (/" + directory + ") is left in the image: "
                    + f.files + " files, " + f.bytes + " bytes nobody needs at run time; clean it in the same RUN that"
                    + " fills it (" + cache.cleanup() + ")", f.files + " files, " + f.bytes + " bytes");
        });
    }
}
