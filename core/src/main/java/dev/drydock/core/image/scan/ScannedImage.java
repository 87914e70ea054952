package dev.drydock.core.image.scan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole scanned image: its config, its layers with their facts, the merged filesystem, and the
 * facts placed in it (visible or hidden). What image rules and exporters work on; immutable.
 *
 * @param files  the merged filesystem by path ({@code etc/passwd})
 * @param hidden every version of a path that a later layer deleted or replaced
 * @param notes  what the scan could not read, for the user
 */
public record ScannedImage(ImageConfigFacts config, List<ScannedLayer> layers, Map<String, MergedEntry> files,
                           List<HiddenEntry> hidden, Optional<Located<OsReleaseFact>> os,
                           List<Located<PackageFact>> packages, List<Located<AccountsFact>> accounts,
                           List<Located<SecretFact>> secrets, List<Located<MalwareFact>> malware, List<String> notes) {

    public ScannedImage {
        layers = List.copyOf(layers);
        files = Map.copyOf(files);
        hidden = List.copyOf(hidden);
        packages = List.copyOf(packages);
        accounts = List.copyOf(accounts);
        secrets = List.copyOf(secrets);
        malware = List.copyOf(malware);
        notes = List.copyOf(notes);
    }

    /** The merged filesystem's entry for {@code path} ({@code etc/passwd}), when the path exists in a container of this image. */
    public Optional<MergedEntry> file(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
