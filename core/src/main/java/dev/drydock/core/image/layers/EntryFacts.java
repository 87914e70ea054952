package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.MalwareFact;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.SecretFact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the analyzers said about one entry, kept in the order they said it, so an entry analysed on a
 * worker thread reaches the layer's collector exactly as if it had been analysed in place.
 */
final class EntryFacts implements FactSink {

    private final List<Consumer<FactSink>> calls = new ArrayList<>(2);

    @Override
    public void osRelease(OsReleaseFact fact) {
        calls.add(sink -> sink.osRelease(fact));
    }

    @Override
    public void packageFound(PackageFact fact) {
        calls.add(sink -> sink.packageFound(fact));
    }

    @Override
    public void accounts(AccountsFact fact) {
        calls.add(sink -> sink.accounts(fact));
    }

    @Override
    public void secret(SecretFact fact) {
        calls.add(sink -> sink.secret(fact));
    }

    @Override
    public void malware(MalwareFact fact) {
        calls.add(sink -> sink.malware(fact));
    }

    @Override
    public void note(String path, String message) {
        calls.add(sink -> sink.note(path, message));
    }

    boolean isEmpty() {
        return calls.isEmpty();
    }

    /** Says it all again to {@code sink}, in order. */
    void replayInto(FactSink sink) {
        calls.forEach(call -> call.accept(sink));
    }
}
