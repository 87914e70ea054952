package dev.drydock.core.image.analyzers.secrets;

import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.SecretFact;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds credentials in the text files of a layer ({@link SecretScanScope} says which): tokens and keys
 * by their shape, the credential files of npm, PyPI, Docker and {@code .env}, and generic secret
 * assignments that look real. Every fact carries masked evidence only: the clear value never leaves
 * this analyzer, so the layer cache never holds it. One fact per line: the sharpest check wins.
 */
public final class SecretsAnalyzer implements FileAnalyzer {

    @Override
    public String name() {
        return "secrets";
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return SecretScanScope.wants(entry);
    }

    @Override
    public long maxBytes() {
        return SecretScanScope.MAX_BYTES;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        Optional<TextFile> file = TextFile.read(content, maxBytes());
        if (file.isEmpty()) {
            return;
        }
        for (SecretFact fact : find(entry.path(), file.get())) {
            sink.secret(fact);
        }
    }

    /** The secrets of one text file, in line order. */
    static List<SecretFact> find(String path, TextFile file) {
        List<SecretFact> facts = new ArrayList<>(TokenSecrets.find(path, file));
        Set<Integer> reported = new HashSet<>();
        facts.forEach(fact -> reported.add(fact.line()));
        for (SecretFact fact : CredentialFiles.find(path, file)) {
            if (reported.add(fact.line())) {
                facts.add(fact);
            }
        }
        if (!CredentialFiles.isCredentialFile(path)) {
            facts.addAll(AssignmentSecrets.find(path, file, reported));
        }
        facts.sort(java.util.Comparator.comparingInt(SecretFact::line));
        return facts;
    }
}
