package dev.drydock.core.seccomp.learn;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Reads just enough of a 64-bit little-endian ELF executable to tell whether it runs on its own in an empty
 * image: it must have no program interpreter ({@code PT_INTERP}: no dynamic loader, no shared libraries), and
 * which machine it is for.
 */
final class StaticElf {

    private static final int PT_INTERP = 3;
    private static final int EM_X86_64 = 0x3E;
    private static final int EM_AARCH64 = 0xB7;

    private StaticElf() {
    }

    /** The architecture ({@code x86_64}, {@code aarch64}) of a static 64-bit executable; empty for anything else. */
    static Optional<String> architectureOfStatic(byte[] file) {
        if (file.length < 64 || file[0] != 0x7F || file[1] != 'E' || file[2] != 'L' || file[3] != 'F'
                || file[4] != 2 || file[5] != 1) {
            return Optional.empty();
        }
        ByteBuffer elf = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int machine = Short.toUnsignedInt(elf.getShort(0x12));
        long headers = elf.getLong(0x20);
        int size = Short.toUnsignedInt(elf.getShort(0x36));
        int count = Short.toUnsignedInt(elf.getShort(0x38));
        if (headers <= 0 || size < 4 || headers + (long) size * count > file.length) {
            return Optional.empty();
        }
        for (int i = 0; i < count; i++) {
            if (elf.getInt((int) headers + i * size) == PT_INTERP) {
                return Optional.empty();
            }
        }
        return switch (machine) {
            case EM_X86_64 -> Optional.of("x86_64");
            case EM_AARCH64 -> Optional.of("aarch64");
            default -> Optional.empty();
        };
    }
}
