package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.core.files.AtomicFileWrite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Reading, writing and re-checking Dockerfiles on disk. Blocking: call off the UI thread. */
final class DocumentFiles {

    /** Dockerfiles are small; anything bigger is almost certainly the wrong file. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private DocumentFiles() {
    }

    /** A file's text (UTF-8, undecodable bytes replaced) and its stamp. */
    record LoadedFile(Path path, String text, FileStamp stamp) {
    }

    /** What a re-check of a file found. */
    record DiskCheck(Kind kind, FileStamp stamp, LoadedFile loaded) {

        enum Kind { UNCHANGED, CHANGED, MISSING }
    }

    static LoadedFile read(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new IOException(file + " is a folder, not a Dockerfile");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is " + attributes.size() / (1024 * 1024)
                    + " MB, too big to be a Dockerfile");
        }
        byte[] bytes = Files.readAllBytes(file);
        return new LoadedFile(file, decode(bytes), FileStamp.of(bytes, attributes.lastModifiedTime().toMillis()));
    }

    /** Writes {@code text} atomically and returns the stamp of what is now on disk. */
    static FileStamp write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFileWrite.write(file, bytes);
        return FileStamp.of(bytes, Files.getLastModifiedTime(file).toMillis());
    }

    /** Compares the file with {@code known}; reads it only when size or time differ. */
    static DiskCheck check(Path file, FileStamp known) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException gone) {
            return new DiskCheck(DiskCheck.Kind.MISSING, null, null);
        }
        if (known.sameSizeAndTime(attributes.size(), attributes.lastModifiedTime().toMillis())) {
            return new DiskCheck(DiskCheck.Kind.UNCHANGED, known, null);
        }
        LoadedFile loaded = read(file);
        boolean sameContent = loaded.stamp().sha256().equals(known.sha256());
        return new DiskCheck(sameContent ? DiskCheck.Kind.UNCHANGED : DiskCheck.Kind.CHANGED, loaded.stamp(), loaded);
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
