package dev.drydock.core.image.scan;

import java.util.List;

/**
 * Everything one layer holds and what the analyzers found in it: what the layer cache stores under
 * the layer's digest (as JSON), so an image that shares the layer is not read again.
 *
 * @param diffId  the digest of the uncompressed layer tar ({@code sha256:…}), as the image config lists it
 * @param entries the layer's entries in tar order, whiteouts decoded
 * @param notes   what could not be read (a truncated file, a hostile path skipped), for the user
 */
public record LayerFacts(String diffId, long size, List<LayerEntry> entries, List<OsReleaseFact> osReleases,
                         List<PackageFact> packages, List<AccountsFact> accounts, List<SecretFact> secrets,
                         List<MalwareFact> malware, List<String> notes) {

    public LayerFacts {
        entries = List.copyOf(entries);
        osReleases = List.copyOf(osReleases);
        packages = List.copyOf(packages);
        accounts = List.copyOf(accounts);
        secrets = List.copyOf(secrets);
        malware = List.copyOf(malware);
        notes = List.copyOf(notes);
    }
}
