package dev.drydock.icons;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The .ico (Windows installer) and .icns (macOS installer) files are well-formed and hold the sizes those systems use. */
class InstallerIconFilesTest {

    @Test
    void icoHoldsEverySizeFromSixteenToTwoHundredFiftySix() {
        ByteBuffer ico = IconResource.read("drydock.ico");
        assertThat(ico).isNotNull();
        ico.order(ByteOrder.LITTLE_ENDIAN);

        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        Set<Integer> sizes = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(ico.get(entry));
            int height = Byte.toUnsignedInt(ico.get(entry + 1));
            assertThat(height).isEqualTo(width);
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertThat((long) offset + length).as("entry %d lies inside the file", i).isLessThanOrEqualTo(ico.limit());
            sizes.add(width == 0 ? 256 : width); // 0 stands for 256 in an ICO directory
        }
        assertThat(sizes).containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void icnsIsAWellFormedContainerOfPngEntries() {
        ByteBuffer icns = IconResource.read("drydock.icns");
        assertThat(icns).isNotNull();

        assertThat(type(icns, 0)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("declared length").isEqualTo(icns.limit());
        Map<String, Integer> pngWidths = new LinkedHashMap<>();
        int at = 8;
        while (at < icns.limit()) {
            String type = type(icns, at);
            int length = icns.getInt(at + 4);
            assertThat(length).as("length of %s", type).isGreaterThan(8);
            assertThat(at + length).as("%s ends inside the file", type).isLessThanOrEqualTo(icns.limit());
            assertThat(icns.getInt(at + 8)).as("%s holds PNG data", type).isEqualTo(0x89504e47);
            pngWidths.put(type, icns.getInt(at + 8 + 16));
            at += length;
        }
        assertThat(at).as("entries fill the file exactly").isEqualTo(icns.limit());
        assertThat(pngWidths).containsEntry("ic07", 128).containsEntry("ic08", 256)
                .containsEntry("ic09", 512).containsEntry("ic10", 1024)
                .containsEntry("ic11", 32).containsEntry("ic12", 64)
                .containsEntry("ic13", 256).containsEntry("ic14", 512);
    }

    @Test
    void svgSourceShipsBesideTheRenderings() {
        ByteBuffer svg = IconResource.read("drydock.svg");
        assertThat(svg).isNotNull();
        assertThat(StandardCharsets.UTF_8.decode(svg).toString()).contains("<svg", "viewBox=\"0 0 512 512\"");
    }

    private static String type(ByteBuffer buffer, int offset) {
        byte[] type = new byte[4];
        buffer.get(offset, type);
        return new String(type, StandardCharsets.US_ASCII);
    }
}
