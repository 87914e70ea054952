package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.PackageFact;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GoBinaryAnalyzerTest {

    private final GoBinaryAnalyzer analyzer = new GoBinaryAnalyzer();

    /** The module information framing Go writes around the text. */
    private static final String START = "3077af0c9274080241e1c107e6d618e6";
    private static final String END = "f932433186182072008242104116d8f2";

    private static final byte[] ELF = {0x7f, 'E', 'L', 'F', 2, 1, 1};

    private static final String MODINFO = """
            path\tgithub.com/example/tool/cmd/tool
            mod\tgithub.com/example/tool\tv1.4.0\th1:abc=
            dep\tgolang.org/x/net\tv0.17.0\th1:def=
            dep\tgithub.com/spf13/cobra\tv1.8.0\th1:ghi=
            =>\tgithub.com/example/cobra-fork\tv1.8.1-patched\th1:jkl=
            build\t-compiler=gc
            build\tGOOS=linux
            """;

    @Test
    void readsModulesFromTheInlineBuildInfoOfGo118AndLater() throws IOException {
        RecordingFactSink sink = analyze(binary(0x2, "go1.21.5", MODINFO, 3 * 1024 * 1024 + 5));

        assertThat(sink.packages).extracting(PackageFact::purl).containsExactly(
                "pkg:golang/github.com/example/tool@v1.4.0",
                "pkg:golang/golang.org/x/net@v0.17.0",
                "pkg:golang/github.com/example/cobra-fork@v1.8.1-patched",
                "pkg:golang/stdlib@v1.21.5");
        assertThat(sink.packages.get(1)).extracting(PackageFact::namespace, PackageFact::name, PackageFact::path)
                .containsExactly("golang.org/x", "net", "usr/local/bin/tool");
        assertThat(sink.notes).isEmpty();
    }

    @Test
    void aDevelMainModuleIsNotAPackage() throws IOException {
        RecordingFactSink sink = analyze(binary(0x2, "go1.22.0 X:boringcrypto",
                "path\tk8s.io/x\nmod\tk8s.io/x\t(devel)\t\n", 700_000));

        assertThat(sink.packages).extracting(PackageFact::name, PackageFact::version)
                .containsExactly(tuple("stdlib", "v1.22.0"));
    }

    @Test
    void aRealGoBinaryOfThisMachine() throws IOException {
        Path runc = Path.of("/usr/sbin/runc");
        assumeTrue(Files.isRegularFile(runc), "runc (installed with docker.io) is a Go binary to test on");
        RecordingFactSink sink = RecordingFactSink.forPackageAnalyzers();
        try (InputStream in = Files.newInputStream(runc)) {
            analyzer.analyze(executable(Files.size(runc)), in, sink);
        }

        assertThat(sink.notes).isEmpty();
        assertThat(sink.packages).isNotEmpty().last().satisfies(stdlib -> {
            assertThat(stdlib.name()).isEqualTo("stdlib");
            assertThat(stdlib.version()).matches("v1\\.\\d+(\\.\\d+)?");
        });
    }

    @Test
    void aBinaryBuiltBeforeGo118IsNoted() throws IOException {
        RecordingFactSink sink = analyze(binary(0x0, "", "", 600_000));

        assertThat(sink.packages).isEmpty();
        assertThat(sink.notes).singleElement().asString()
                .contains("is a Go binary, but it was built with a Go release before 1.18");
    }

    @Test
    void aTruncatedOrHostileHeaderIsNoted() throws IOException {
        byte[] cut = binary(0x2, "go1.21.5", MODINFO, 600_000);
        byte[] truncated = Arrays.copyOf(cut, cut.length - 40);
        assertThat(analyze(truncated).notes).singleElement().asString().contains("cut off");

        byte[] huge = binary(0x2, "go1.21.5", MODINFO, 600_000);
        int lengthAt = indexOf(huge, GoBuildInfo.MAGIC) + 32;
        huge[lengthAt] = (byte) 0xff;
        huge[lengthAt + 1] = (byte) 0xff;
        huge[lengthAt + 2] = (byte) 0xff;
        huge[lengthAt + 3] = (byte) 0x7f;
        assertThat(analyze(huge).notes).singleElement().asString().contains("claims a");
    }

    @Test
    void otherExecutablesAreSilentlyIgnored() throws IOException {
        byte[] elfWithoutGo = new byte[600_000];
        System.arraycopy(ELF, 0, elfWithoutGo, 0, ELF.length);
        byte[] scriptMentioningGo = binary(0x2, "go1.21.5", MODINFO, 600_000);
        scriptMentioningGo[0] = '#';

        assertThat(analyze(elfWithoutGo).packages).isEmpty();
        assertThat(analyze(elfWithoutGo).notes).isEmpty();
        assertThat(analyze(scriptMentioningGo).packages).as("not an executable format").isEmpty();
        assertThat(analyze(new byte[2]).notes).isEmpty();
    }

    @Test
    void wantsOnlyLargeExecutables() {
        assertThat(analyzer.wants(executable(GoBinaryAnalyzer.SMALLEST_GO_BINARY))).isTrue();
        assertThat(analyzer.wants(executable(4096))).isFalse();
        assertThat(analyzer.wants(RecordingFactSink.file("usr/lib/libfoo.so", 10_000_000))).isFalse();
    }

    private RecordingFactSink analyze(byte[] bytes) throws IOException {
        RecordingFactSink sink = RecordingFactSink.forPackageAnalyzers();
        analyzer.analyze(executable(bytes.length), new ByteArrayInputStream(bytes), sink);
        return sink;
    }

    private static LayerEntry executable(long size) {
        return new LayerEntry("usr/local/bin/tool", EntryType.FILE, size, 0755, 0, 0, "");
    }

    /**
     * A file of {@code size} bytes with a Go build info header and its two length-prefixed strings: across
     * the analyzer's 1 MiB read chunks when the file is large enough, else at the very end of the file.
     */
    private static byte[] binary(int flags, String goVersion, String modinfo, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(GoBuildInfo.MAGIC);
        out.write(8);
        out.write(flags);
        out.write(new byte[16]);
        String framed = modinfo.isEmpty() ? "" : hex(START) + modinfo + hex(END);
        writeString(out, goVersion);
        writeString(out, framed);
        byte[] info = out.toByteArray();
        byte[] file = new byte[size];
        System.arraycopy(ELF, 0, file, 0, ELF.length);
        int at = Math.min((1 << 20) - 7, size - info.length);
        System.arraycopy(info, 0, file, at, info.length);
        return file;
    }

    private static void writeString(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int length = bytes.length;
        while (length >= 0x80) {
            out.write((length & 0x7f) | 0x80);
            length >>>= 7;
        }
        out.write(length);
        out.writeBytes(bytes);
    }

    private static String hex(String digits) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 2) {
            text.append((char) Integer.parseInt(digits.substring(i, i + 2), 16));
        }
        return text.toString();
    }

    private static int indexOf(byte[] data, byte[] needle) {
        for (int i = 0; i <= data.length - needle.length; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
