package dev.drydock.app.gui.scan;

import dev.drydock.core.image.scan.EntryType;

/** Permission bits as {@code ls -l} shows them: {@code -rwsr-xr-x}, {@code drwxrwxrwt}. */
public final class FileModes {

    private FileModes() {
    }

    public static String of(EntryType type, int mode) {
        StringBuilder text = new StringBuilder(10);
        text.append(switch (type) {
            case DIRECTORY, OPAQUE_DIRECTORY -> 'd';
            case SYMLINK -> 'l';
            case HARDLINK -> 'h';
            case OTHER -> 'c';
            case FILE, WHITEOUT -> '-';
        });
        text.append(bits(mode >> 6, (mode & 04000) != 0, 's'));
        text.append(bits(mode >> 3, (mode & 02000) != 0, 's'));
        text.append(bits(mode, (mode & 01000) != 0, 't'));
        return text.toString();
    }

    private static String bits(int rwx, boolean special, char specialLetter) {
        char execute = (rwx & 1) != 0 ? (special ? specialLetter : 'x') : (special ? Character.toUpperCase(specialLetter) : '-');
        return "" + ((rwx & 4) != 0 ? 'r' : '-') + ((rwx & 2) != 0 ? 'w' : '-') + execute;
    }
}
