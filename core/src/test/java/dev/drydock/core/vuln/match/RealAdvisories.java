package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.osv.OsvParser;
import dev.drydock.core.vuln.osv.OsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The real advisories under {@code vuln/match/}, one OSV JSON each, read by the OSV parser. */
public final class RealAdvisories {

    private RealAdvisories() {
    }

    public static OsvRecord load(String id) {
        try (InputStream in = RealAdvisories.class.getResourceAsStream("/vuln/match/" + id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture advisory " + id);
            }
            return new OsvParser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<OsvRecord> load(String... ids) {
        return List.of(ids).stream().map(RealAdvisories::load).toList();
    }
}
