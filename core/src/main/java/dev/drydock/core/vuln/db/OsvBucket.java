package dev.drydock.core.vuln.db;

import dev.drydock.core.vuln.Ecosystem;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of an OSV export bucket: per ecosystem, {@code <base>/<Ecosystem>/all.zip} (every
 * record), {@code <base>/<Ecosystem>/modified_id.csv} (one {@code <modified>,<id>} line per record,
 * newest first) and {@code <base>/<Ecosystem>/<id>.json} (one record).
 */
public record OsvBucket(URI base) {

    /** OSV's public bucket; the only place its address is written in the code. */
    public static final URI PUBLIC = URI.create("https://osv-vulnerabilities.storage.googleapis.com/");

    public OsvBucket {
        String text = base.toString();
        base = URI.create(text.endsWith("/") ? text : text + "/");
    }

    public static OsvBucket publicBucket() {
        return new OsvBucket(PUBLIC);
    }

    public URI allZip(Ecosystem ecosystem) {
        return base.resolve(segment(ecosystem.osvName()) + "/all.zip");
    }

    public URI modifiedIds(Ecosystem ecosystem) {
        return base.resolve(segment(ecosystem.osvName()) + "/modified_id.csv");
    }

    public URI record(Ecosystem ecosystem, String id) {
        return base.resolve(segment(ecosystem.osvName()) + "/" + segment(id) + ".json");
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
