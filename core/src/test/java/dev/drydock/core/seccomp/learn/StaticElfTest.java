package dev.drydock.core.seccomp.learn;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which binaries can run alone in the helper image: static 64-bit executables of a known machine. */
class StaticElfTest {

    @Test
    void theHostsStaticBusyboxRunsAloneAndADynamicBinaryDoesNot() throws IOException {
        // busybox-static is installed wherever the daemon tests run (see .ci/run); Java itself is dynamic
        assertThat(StaticElf.architectureOfStatic(Files.readAllBytes(LocalHelperImage.HOST_BUSYBOX)))
                .contains(System.getProperty("os.arch").equals("aarch64") ? "aarch64" : "x86_64");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertThat(StaticElf.architectureOfStatic(Files.readAllBytes(java))).isEmpty();
    }

    @Test
    void anythingButAnElfExecutableIsRefused() {
        assertThat(StaticElf.architectureOfStatic(new byte[0])).isEmpty();
        assertThat(StaticElf.architectureOfStatic("#!/bin/sh\necho not an ELF file at all, just a script\n"
                .repeat(3).getBytes())).isEmpty();
        byte[] truncated = new byte[64];
        truncated[0] = 0x7F;
        truncated[1] = 'E';
        truncated[2] = 'L';
        truncated[3] = 'F';
        truncated[4] = 2;
        truncated[5] = 1;
        truncated[0x20] = (byte) 200; // program headers past the end of the file
        truncated[0x36] = 56;
        truncated[0x38] = 1;
        assertThat(StaticElf.architectureOfStatic(truncated)).isEmpty();
    }
}
