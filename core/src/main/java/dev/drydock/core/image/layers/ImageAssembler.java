package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.HistoryStep;
import dev.drydock.core.image.scan.ImageConfigFacts;
import dev.drydock.core.image.scan.LayerFacts;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.MalwareFact;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;
import dev.drydock.core.image.scan.SecretFact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stacks the layers' facts into a {@link ScannedImage}: history lined up with the layers that
 * steps made, base-image layers marked ({@link BaseImageLayers}), the merged filesystem, and each
 * fact placed in its layer, marked hidden when a later layer deleted or replaced its file. Packages
 * of hidden files are dropped (a deleted package database, a removed jar: not installed); secrets,
 * malware traces and accounts of hidden files are kept, marked hidden (they still ship in the image).
 */
final class ImageAssembler {

    private static final List<String> OS_RELEASE_PREFERENCE = List.of("etc/os-release", "usr/lib/os-release");

    private ImageAssembler() {
    }

    static ScannedImage assemble(ImageConfigFacts config, List<LayerFacts> layers, List<String> scanNotes) {
        List<String> notes = new ArrayList<>(scanNotes);
        List<HistoryStep> made = config.history().stream().filter(step -> !step.emptyLayer()).toList();
        boolean historyFits = made.size() == layers.size();
        if (!historyFits && !config.history().isEmpty()) {
            notes.add(LayerTexts.text("history-mismatch", made.size(), layers.size()));
        }
        int baseLayers = historyFits ? BaseImageLayers.count(config.history()) : 0;
        MergedFilesystem merged = new MergedFilesystem();
        List<ScannedLayer> scanned = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerFacts facts = layers.get(i);
            merged.apply(i, facts.entries());
            for (String note : facts.notes()) {
                notes.add(LayerTexts.text("layer-note", i, note));
            }
            scanned.add(new ScannedLayer(i, facts, historyFits ? Optional.of(made.get(i)) : Optional.empty(),
                    i < baseLayers));
        }
        notes.addAll(merged.notes());
        List<Located<PackageFact>> packages = located(layers, LayerFacts::packages, PackageFact::path, merged)
                .stream().filter(fact -> !fact.hidden()).toList();
        return new ScannedImage(config, scanned, merged.files(), merged.hidden(), os(layers, merged), packages,
                located(layers, LayerFacts::accounts, AccountsFact::path, merged),
                located(layers, LayerFacts::secrets, SecretFact::path, merged),
                located(layers, LayerFacts::malware, MalwareFact::path, merged), notes);
    }

    private static <T> List<Located<T>> located(List<LayerFacts> layers, Function<LayerFacts, List<T>> facts,
                                                Function<T, String> path, MergedFilesystem merged) {
        List<Located<T>> result = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (T fact : facts.apply(layers.get(i))) {
                result.add(new Located<>(fact, i, merged.visibleLayer(filePath(path.apply(fact))) != i));
            }
        }
        return result;
    }

    /** The visible OS release: from the top-most layer, {@code etc/os-release} before {@code usr/lib/os-release} before fallbacks. */
    private static Optional<Located<OsReleaseFact>> os(List<LayerFacts> layers, MergedFilesystem merged) {
        return located(layers, LayerFacts::osReleases, OsReleaseFact::path, merged).stream()
                .filter(fact -> !fact.hidden())
                .min(Comparator.<Located<OsReleaseFact>>comparingInt(fact -> preference(fact.fact().path()))
                        .thenComparing(Comparator.<Located<OsReleaseFact>>comparingInt(Located::layer).reversed()));
    }

    private static int preference(String path) {
        int index = OS_RELEASE_PREFERENCE.indexOf(filePath(path));
        return index < 0 ? OS_RELEASE_PREFERENCE.size() : index;
    }

    /** The file a fact came from: {@code app/x.jar} for {@code /app/x.jar!/META-INF/maven/…}. */
    static String filePath(String factPath) {
        String path = factPath;
        int nested = path.indexOf('!');
        if (nested >= 0) {
            path = path.substring(0, nested);
        }
        String normal = EntryPaths.normalise(path);
        return normal == null ? path : normal;
    }
}
