package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.LayerFacts;
import dev.drydock.core.image.scan.MalwareFact;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.SecretFact;

import java.util.ArrayList;
import java.util.List;

/** Gathers what one layer holds while it streams by: its entries, the analyzers' facts, and notes. */
final class LayerFactsCollector implements FactSink {

    private static final int MAX_NOTES = 200;

    final List<LayerEntry> entries = new ArrayList<>();
    private final List<OsReleaseFact> osReleases = new ArrayList<>();
    private final List<PackageFact> packages = new ArrayList<>();
    private final List<AccountsFact> accounts = new ArrayList<>();
    private final List<SecretFact> secrets = new ArrayList<>();
    private final List<MalwareFact> malware = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int droppedNotes;

    @Override
    public void osRelease(OsReleaseFact fact) {
        osReleases.add(fact);
    }

    @Override
    public void packageFound(PackageFact fact) {
        packages.add(fact);
    }

    @Override
    public void accounts(AccountsFact fact) {
        accounts.add(fact);
    }

    @Override
    public void secret(SecretFact fact) {
        secrets.add(fact);
    }

    @Override
    public void malware(MalwareFact fact) {
        malware.add(fact);
    }

    @Override
    public void note(String path, String message) {
        note(path.isEmpty() ? message : path + ": " + message);
    }

    /** A note about the layer as a whole; a hostile layer cannot flood the report (at most {@value #MAX_NOTES}). */
    void note(String message) {
        if (notes.size() < MAX_NOTES) {
            notes.add(message);
        } else {
            droppedNotes++;
        }
    }

    LayerFacts toFacts(String diffId, long size) {
        List<String> all = new ArrayList<>(notes);
        if (droppedNotes > 0) {
            all.add(LayerTexts.text("more-notes", droppedNotes));
        }
        return new LayerFacts(diffId, size, entries, osReleases, packages, accounts, secrets, malware, all);
    }
}
