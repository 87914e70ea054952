package dev.drydock.core.image.analyzers.packages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The build information the Go toolchain embeds in every binary: a 32-byte header starting with
 * {@code \xff Go buildinf:} (then pointer size and flags), followed — since Go 1.18, flag bit 2 —
 * by two length-prefixed strings: the Go version ({@code go1.21.5}) and the module information, lines of
 * {@code path}, {@code mod}, {@code dep} and {@code =>} (replacement), tab-separated, framed by 16-byte
 * sentinels. Found by streaming over the binary; only the header's neighbourhood is kept in memory.
 *
 * @param goVersion  {@code go1.21.5}
 * @param mainModule the main module, when built in module mode
 * @param deps       dependencies, replacements applied
 */
record GoBuildInfo(String goVersion, Optional<Module> mainModule, List<Module> deps) {

    static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
    private static final String MAGIC_TEXT = new String(MAGIC, StandardCharsets.ISO_8859_1);
    private static final int HEADER = 32;
    private static final int INLINE_STRINGS = 0x2;
    /** Below half a G1 region of a default heap, so each search buffer is an ordinary allocation, not a humongous one. */
    private static final int CHUNK = 256 * 1024;
    private static final int MAX_STRING = 4 * 1024 * 1024;

    /** A module and its version ({@code (devel)} for a main module built from a work tree). */
    record Module(String path, String version) {
    }

    /** What a binary's build information could not give. */
    static final class UnreadableException extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    /**
     * The build info of the binary in {@code in}, or empty when it is not a Go binary. Files that are not
     * ELF, PE or Mach-O executables are given up after their first four bytes.
     */
    static Optional<GoBuildInfo> find(InputStream in) throws IOException, UnreadableException {
        byte[] buffer = new byte[CHUNK];
        int length = in.readNBytes(buffer, 0, 4);
        if (length < 4 || !isExecutableFormat(buffer)) {
            return Optional.empty();
        }
        while (true) {
            int n = in.readNBytes(buffer, length, buffer.length - length);
            length += n;
            int at = indexOf(buffer, length);
            if (at >= 0) {
                InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buffer, at, length - at), in);
                return Optional.of(parse(rest));
            }
            if (n == 0 || length < buffer.length) {
                return Optional.empty();
            }
            int keep = MAGIC.length - 1;
            System.arraycopy(buffer, length - keep, buffer, 0, keep);
            length = keep;
        }
    }

    private static GoBuildInfo parse(InputStream in) throws IOException, UnreadableException {
        byte[] header = in.readNBytes(HEADER);
        if (header.length < HEADER) {
            throw new UnreadableException("its build information header is cut off");
        }
        if ((header[15] & INLINE_STRINGS) == 0) {
            throw new UnreadableException("it was built with a Go release before 1.18, whose build information "
                    + "Drydock does not read; its Go modules are not listed");
        }
        String version = new String(lengthPrefixed(in), StandardCharsets.UTF_8);
        String modinfo = new String(lengthPrefixed(in), StandardCharsets.UTF_8);
        if (!version.startsWith("go")) {
            throw new UnreadableException("its build information has no Go version");
        }
        return parseModinfo(version, modinfo);
    }

    static GoBuildInfo parseModinfo(String goVersion, String modinfo) {
        String text = modinfo;
        if (text.length() >= 33 && text.charAt(text.length() - 17) == '\n') {
            text = text.substring(16, text.length() - 16);
        }
        Module main = null;
        List<Module> deps = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            switch (f[0]) {
                case "mod" -> main = new Module(f[1], f[2]);
                case "dep" -> deps.add(new Module(f[1], f[2]));
                case "=>" -> {
                    if (!deps.isEmpty()) {
                        deps.set(deps.size() - 1, new Module(f[1], f[2]));
                    }
                }
                default -> {
                    // path, build settings: not packages
                }
            }
        }
        return new GoBuildInfo(goVersion, Optional.ofNullable(main), deps);
    }

    private static byte[] lengthPrefixed(InputStream in) throws IOException, UnreadableException {
        long length = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.read();
            if (b < 0 || shift > 28) {
                throw new UnreadableException("its build information is cut off or malformed");
            }
            length |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                break;
            }
        }
        if (length > MAX_STRING) {
            throw new UnreadableException("its build information claims a " + length + "-byte string");
        }
        byte[] bytes = in.readNBytes((int) length);
        if (bytes.length < length) {
            throw new UnreadableException("its build information is cut off");
        }
        return bytes;
    }

    private static boolean isExecutableFormat(byte[] start) {
        int magic = ((start[0] & 0xff) << 24) | ((start[1] & 0xff) << 16) | ((start[2] & 0xff) << 8) | (start[3] & 0xff);
        return magic == 0x7f454c46 // ELF
                || (magic >>> 16) == 0x4d5a // PE: MZ
                || magic == 0xfeedface || magic == 0xfeedfacf || magic == 0xcefaedfe || magic == 0xcffaedfe; // Mach-O
    }

    /** Where the magic starts in the first {@code length} bytes; the JDK's intrinsic {@code String.indexOf} does the search. */
    private static int indexOf(byte[] buffer, int length) {
        return new String(buffer, 0, length, StandardCharsets.ISO_8859_1).indexOf(MAGIC_TEXT);
    }

    @Override
    public String toString() {
        return "GoBuildInfo[" + goVersion + ", " + mainModule + ", " + Arrays.toString(deps.toArray()) + "]";
    }
}
