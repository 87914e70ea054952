package dev.drydock.icons;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every size the app asks for ships as a real PNG of exactly that size (read from its IHDR, no AWT). */
class AppIconResourcesTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    static IntStream sizes() {
        return Arrays.stream(AppIcon.SIZES);
    }

    @ParameterizedTest(name = "drydock-{0}.png")
    @MethodSource("sizes")
    void shipsAPngOfExactlyThatSize(int size) {
        ByteBuffer png = IconResource.read(AppIcon.resourceName(size));

        assertThat(png).as("resource %s", AppIcon.resourceName(size)).isNotNull();
        byte[] signature = new byte[8];
        png.get(0, signature);
        assertThat(signature).as("PNG signature").containsExactly(PNG_SIGNATURE);
        // The first chunk must be IHDR: length 13, type, then width and height as big-endian ints.
        assertThat(png.getInt(8)).isEqualTo(13);
        assertThat(chunkType(png, 12)).isEqualTo("IHDR");
        assertThat(png.getInt(16)).as("width").isEqualTo(size);
        assertThat(png.getInt(20)).as("height").isEqualTo(size);
        assertThat(png.get(25)).as("colour type RGBA, so the rounded corners stay transparent").isEqualTo((byte) 6);
    }

    @ParameterizedTest(name = "resource name for {0}")
    @MethodSource("sizes")
    void namesTheResourceBySize(int size) {
        assertThat(AppIcon.resourceName(size)).isEqualTo("drydock-" + size + ".png");
    }

    private static String chunkType(ByteBuffer png, int offset) {
        byte[] type = new byte[4];
        png.get(offset, type);
        return new String(type, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
