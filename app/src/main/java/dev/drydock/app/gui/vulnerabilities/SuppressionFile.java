package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.core.vuln.ignore.IgnoreFile;
import dev.drydock.core.vuln.ignore.VexDocument;
import dev.drydock.core.vuln.ignore.VexFormatException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One file the user chose to suppress vulnerabilities with, as read: an ignore file in the {@code .trivyignore}
 * format, or an OpenVEX document (a file whose text starts with <code>{</code>), or why it cannot be used.
 *
 * @param problem what is wrong with the file and what to do; empty when it is usable
 */
public record SuppressionFile(Path path, Optional<IgnoreFile> ignoreFile, Optional<VexDocument> vexDocument,
                              String problem) {

    public SuppressionFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(ignoreFile, "ignoreFile");
        Objects.requireNonNull(vexDocument, "vexDocument");
        Objects.requireNonNull(problem, "problem");
    }

    /** Reads {@code path} (blocking); never throws: a file that cannot be used says why in {@link #problem()}. */
    public static SuppressionFile read(Path path) {
        Path file = path.toAbsolutePath().normalize();
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return unusable(file, name + " does not exist (any more). Remove it, or choose the file where it is now.");
        } catch (AccessDeniedException e) {
            return unusable(file, name + " cannot be read: permission denied. Allow Drydock to read it, or remove it.");
        } catch (IOException e) {
            return unusable(file, name + " cannot be read (" + e.getMessage() + "). Check the file, or remove it.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return unusable(file, name + " is not a text file. Choose an ignore file (one vulnerability id per line) "
                    + "or an OpenVEX document (JSON).");
        }
        if (!text.strip().startsWith("{")) {
            return new SuppressionFile(file, Optional.of(IgnoreFile.parse(name, text)), Optional.empty(), "");
        }
        try {
            VexDocument document = VexDocument.parse(name, new ByteArrayInputStream(bytes));
            return new SuppressionFile(file, Optional.empty(), Optional.of(document), "");
        } catch (VexFormatException e) {
            return unusable(file, sentence(e.getMessage()) + " Fix the document (see https://github.com/openvex/spec), or remove it.");
        } catch (IOException e) {
            return unusable(file, name + " cannot be read as an OpenVEX document (" + e.getMessage() + ").");
        }
    }

    private static SuppressionFile unusable(Path path, String problem) {
        return new SuppressionFile(path, Optional.empty(), Optional.empty(), problem);
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

    public boolean usable() {
        return problem.isEmpty();
    }

    /** {@code ignore file, 3 ids}, {@code OpenVEX document, 2 statements}, or {@code cannot be used}. */
    public String kind() {
        if (ignoreFile.isPresent()) {
            int ids = ignoreFile.get().entries().size();
            return "ignore file, " + ids + (ids == 1 ? " id" : " ids");
        }
        if (vexDocument.isPresent()) {
            int statements = vexDocument.get().statements().size();
            return "OpenVEX document, " + statements + (statements == 1 ? " statement" : " statements");
        }
        return "cannot be used";
    }
}
