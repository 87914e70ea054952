package dev.drydock.core.vuln.osv;

import dev.drydock.core.vuln.Ecosystem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * SYNTHETIC VOLUME, FOR BENCHMARKS ONLY: OSV exports with any number of made-up advisories, shaped
 * like the real ones (GitHub advisories for language ecosystems with a CVSS vector, aliases, a few
 * ranges and references and a database-specific severity; Debian records with several releases and
 * a fixed version each; Alpine records per release). Every id starts with {@code SYNTHETIC-} and every
 * package name is {@code synthetic-...}: none of it is a fact about real software. Deterministic for
 * a seed, so the import and matching benchmarks measure the same data.
 */
public final class SyntheticOsvExports {

    /** The share of the records per ecosystem, roughly as in OSV's exports. */
    private static final Map<Ecosystem, Integer> WEIGHTS = new EnumMap<>(Map.of(
            Ecosystem.DEBIAN, 30, Ecosystem.UBUNTU, 10, Ecosystem.ALPINE, 8, Ecosystem.MAVEN, 12,
            Ecosystem.NPM, 15, Ecosystem.PYPI, 12, Ecosystem.GO, 7, Ecosystem.RUBYGEMS, 6));
    private static final List<String> DEBIAN_RELEASES = List.of("10", "11", "12", "13");
    private static final List<String> UBUNTU_RELEASES = List.of("20.04:LTS", "22.04:LTS", "24.04:LTS");
    private static final List<String> ALPINE_RELEASES = List.of("v3.17", "v3.18", "v3.19", "v3.20");
    private static final List<String> WORDS = List.of("SEVERITY", "LOW", "MODERATE", "HIGH", "CRITICAL");
    private static final String[] VECTORS = {
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H",
        "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N",
    };

    /** How many distinct package names each ecosystem's advisories are spread over. */
    public static final int PACKAGES_PER_ECOSYSTEM = 5_000;

    private SyntheticOsvExports() {
    }

    /** The name of synthetic package {@code index} of {@code ecosystem}, as its advisories name it. */
    public static String packageName(Ecosystem ecosystem, int index) {
        return ecosystem == Ecosystem.MAVEN ? "org.synthetic.group" + index % 50 + ":synthetic-artifact-" + index
                : "synthetic-" + ecosystem.id() + "-" + index;
    }

    /**
     * Writes {@code <folder>/<Ecosystem>/all.zip} for every ecosystem, {@code total} records in all.
     *
     * @return the zips written
     */
    public static List<Path> write(Path folder, int total, long seed) throws IOException {
        Random random = new Random(seed);
        int weightSum = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        List<Path> zips = new java.util.ArrayList<>();
        int written = 0;
        int ecosystemsLeft = WEIGHTS.size();
        for (Map.Entry<Ecosystem, Integer> share : WEIGHTS.entrySet()) {
            int count = --ecosystemsLeft == 0 ? total - written : total * share.getValue() / weightSum;
            Path zip = folder.resolve(share.getKey().osvName()).resolve("all.zip");
            Files.createDirectories(zip.getParent());
            try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
                for (int i = 0; i < count; i++) {
                    String id = "SYNTHETIC-" + share.getKey().id().toUpperCase(java.util.Locale.ROOT) + "-" + (written + i);
                    out.putNextEntry(new ZipEntry(id + ".json"));
                    out.write(record(share.getKey(), id, random).getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            written += count;
            zips.add(zip);
        }
        return zips;
    }

    private static String record(Ecosystem ecosystem, String id, Random random) {
        Instant modified = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(190_000_000));
        StringBuilder json = new StringBuilder(2048);
        json.append("{\n  \"schema_version\": \"1.6.0\",\n  \"id\": \"").append(id).append("\",\n  \"modified\": \"")
                .append(modified).append("\",\n  \"published\": \"").append(modified.minusSeconds(86_400 * 30))
                .append("\",\n  \"aliases\": [\"SYNTHETIC-CVE-").append(id.hashCode() & 0xffffff).append("\"],\n")
                .append("  \"summary\": \"Synthetic advisory for benchmarks\",\n  \"details\": \"")
                .append("Synthetic volume, not a real vulnerability. ".repeat(4 + random.nextInt(12))).append("\",\n");
        if (!ecosystem.isDistribution() || random.nextBoolean()) {
            json.append("  \"severity\": [{\"type\": \"CVSS_V3\", \"score\": \"").append(VECTORS[random.nextInt(VECTORS.length)])
                    .append("\"}],\n");
        }
        json.append("  \"affected\": [\n");
        String name = packageName(ecosystem, random.nextInt(PACKAGES_PER_ECOSYSTEM));
        List<String> releases = switch (ecosystem) {
            case DEBIAN -> DEBIAN_RELEASES;
            case UBUNTU -> UBUNTU_RELEASES;
            case ALPINE -> ALPINE_RELEASES;
            default -> List.of("");
        };
        int entries = ecosystem.isDistribution() ? 1 + random.nextInt(releases.size()) : 1 + random.nextInt(2);
        for (int e = 0; e < entries; e++) {
            String release = releases.get(Math.min(e, releases.size() - 1));
            String osvEcosystem = release.isEmpty() ? ecosystem.osvName() : ecosystem.osvName() + ":" + release;
            int major = 1 + random.nextInt(9);
            json.append("    {\"package\": {\"ecosystem\": \"").append(osvEcosystem).append("\", \"name\": \"").append(name)
                    .append("\"},\n     \"ranges\": [{\"type\": \"ECOSYSTEM\", \"events\": [{\"introduced\": \"")
                    .append(e == 0 ? "0" : major + ".0.0").append("\"}, {\"fixed\": \"").append(major).append('.')
                    .append(random.nextInt(20)).append('.').append(random.nextInt(30))
                    .append(ecosystem.isDistribution() ? "-" + (1 + random.nextInt(5)) : "").append("\"}]}]");
            if (ecosystem == Ecosystem.DEBIAN) {
                json.append(",\n     \"ecosystem_specific\": {\"urgency\": \"").append(random.nextBoolean() ? "low" : "medium")
                        .append("\"}");
            }
            json.append(e + 1 < entries ? "},\n" : "}\n");
        }
        json.append("  ],\n  \"references\": [\n");
        int references = 1 + random.nextInt(6);
        for (int r = 0; r < references; r++) {
            json.append("    {\"type\": \"WEB\", \"url\": \"https://example.org/synthetic/").append(id).append('/').append(r)
                    .append(r + 1 < references ? "\"},\n" : "\"}\n");
        }
        json.append("  ]");
        if (!ecosystem.isDistribution()) {
            json.append(",\n  \"database_specific\": {\"severity\": \"").append(WORDS.get(1 + random.nextInt(4)))
                    .append("\", \"github_reviewed\": true}");
        }
        return json.append("\n}\n").toString();
    }
}
