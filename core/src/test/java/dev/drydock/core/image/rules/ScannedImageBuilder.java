package dev.drydock.core.image.rules;

import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.HistoryStep;
import dev.drydock.core.image.scan.ImageConfigFacts;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.LayerFacts;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.MalwareFact;
import dev.drydock.core.image.scan.MergedEntry;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;
import dev.drydock.core.image.scan.SecretFact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link ScannedImage}s for rule tests: history steps with or without a layer, files per layer
 * (later layers replace earlier versions in the merged view), configuration and located facts.
 */
final class ScannedImageBuilder {

    private String user = "";
    private List<String> healthcheck = List.of("CMD", "true");
    private final List<String> env = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<String> ports = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();
    private final List<String> tags = new ArrayList<>(List.of("app:1.0"));
    private List<String> entrypoint = List.of();
    private final List<HistoryStep> history = new ArrayList<>();
    private final List<List<LayerEntry>> layerEntries = new ArrayList<>();
    private final List<Boolean> fromBase = new ArrayList<>();
    private final List<Located<AccountsFact>> accounts = new ArrayList<>();
    private final List<Located<SecretFact>> secrets = new ArrayList<>();
    private final List<Located<MalwareFact>> malware = new ArrayList<>();
    private Optional<Located<OsReleaseFact>> os = Optional.empty();

    static ScannedImageBuilder image() {
        return new ScannedImageBuilder();
    }

    ScannedImageBuilder user(String value) {
        user = value;
        return this;
    }

    ScannedImageBuilder healthcheck(String... test) {
        healthcheck = List.of(test);
        return this;
    }

    ScannedImageBuilder env(String variable) {
        env.add(variable);
        return this;
    }

    ScannedImageBuilder label(String key, String value) {
        labels.put(key, value);
        return this;
    }

    ScannedImageBuilder expose(String port) {
        ports.add(port);
        return this;
    }

    ScannedImageBuilder volume(String path) {
        volumes.add(path);
        return this;
    }

    ScannedImageBuilder tags(String... values) {
        tags.clear();
        tags.addAll(List.of(values));
        return this;
    }

    ScannedImageBuilder entrypoint(String... command) {
        entrypoint = List.of(command);
        return this;
    }

    /** A step of the base image that made a layer with these entries (layers are numbered from 0 in order). */
    ScannedImageBuilder baseLayer(String createdBy, LayerEntry... entries) {
        return addLayer(createdBy, true, entries);
    }

    ScannedImageBuilder layer(String createdBy, LayerEntry... entries) {
        return addLayer(createdBy, false, entries);
    }

    /** A step that made no layer (ENV, CMD…). */
    ScannedImageBuilder step(String createdBy) {
        history.add(new HistoryStep(createdBy, Instant.EPOCH, true, ""));
        return this;
    }

    ScannedImageBuilder accounts(int layer, String path, AccountsFact.Account... list) {
        accounts.add(new Located<>(new AccountsFact(path, List.of(list)), layer, false));
        return this;
    }

    ScannedImageBuilder secret(int layer, SecretFact fact, boolean hidden) {
        secrets.add(new Located<>(fact, layer, hidden));
        return this;
    }

    ScannedImageBuilder malware(int layer, MalwareFact fact, boolean hidden) {
        malware.add(new Located<>(fact, layer, hidden));
        return this;
    }

    ScannedImageBuilder os(int layer, String id, String versionId, String prettyName) {
        os = Optional.of(new Located<>(new OsReleaseFact(id, "", versionId, "", prettyName, "etc/os-release"), layer, false));
        return this;
    }

    static LayerEntry file(String path, int mode) {
        return new LayerEntry(path, EntryType.FILE, 10, mode, 0, 0, "");
    }

    static LayerEntry file(String path, long size) {
        return new LayerEntry(path, EntryType.FILE, size, 0644, 0, 0, "");
    }

    static LayerEntry directory(String path) {
        return new LayerEntry(path, EntryType.DIRECTORY, 0, 0755, 0, 0, "");
    }

    static AccountsFact.Account user(String name, long uid, boolean emptyPassword) {
        return new AccountsFact.Account(AccountsFact.Kind.USER, name, uid, uid, "/home/" + name, "/bin/sh", emptyPassword, List.of());
    }

    static AccountsFact.Account group(String name, long gid) {
        return new AccountsFact.Account(AccountsFact.Kind.GROUP, name, gid, -1, "", "", false, List.of());
    }

    private ScannedImageBuilder addLayer(String createdBy, boolean base, LayerEntry... entries) {
        history.add(new HistoryStep(createdBy, Instant.EPOCH, false, ""));
        layerEntries.add(List.of(entries));
        fromBase.add(base);
        return this;
    }

    ScannedImage build() {
        List<ScannedLayer> layers = new ArrayList<>();
        Map<String, MergedEntry> files = new LinkedHashMap<>();
        List<HistoryStep> made = history.stream().filter(step -> !step.emptyLayer()).toList();
        for (int i = 0; i < layerEntries.size(); i++) {
            String diffId = "sha256:" + String.format("%064x", i + 1);
            LayerFacts facts = new LayerFacts(diffId, 100, layerEntries.get(i), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
            layers.add(new ScannedLayer(i, facts, Optional.of(made.get(i)), fromBase.get(i)));
            for (LayerEntry entry : layerEntries.get(i)) {
                int layer = i;
                files.merge(entry.path(), new MergedEntry(entry, layer, List.of()), (old, next) -> {
                    List<Integer> changed = new ArrayList<>(old.changedIn());
                    changed.add(layer);
                    return new MergedEntry(entry, old.addedIn(), changed);
                });
            }
        }
        List<String> diffIds = layers.stream().map(ScannedLayer::diffId).toList();
        ImageConfigFacts config = new ImageConfigFacts("app:1.0", "sha256:" + "a".repeat(64), tags, "linux", "amd64",
                Instant.EPOCH, user, env, labels, ports, volumes, entrypoint, List.of(), "/", healthcheck, history, diffIds);
        return new ScannedImage(config, layers, files, List.of(), os, List.of(), accounts, secrets, malware, List.of());
    }
}
