package dev.drydock.app.gui.dockerfiles.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file on disk looked like when the editor last read or wrote it: size, modification time
 * and a hash of the content. Size and time are cheap to compare; the hash tells a touched file from
 * a changed one.
 */
public record FileStamp(long size, long modifiedMillis, String sha256) {

    static FileStamp of(byte[] content, long modifiedMillis) {
        return new FileStamp(content.length, modifiedMillis, sha256(content));
    }

    boolean sameSizeAndTime(long otherSize, long otherModifiedMillis) {
        return size == otherSize && modifiedMillis == otherModifiedMillis;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
