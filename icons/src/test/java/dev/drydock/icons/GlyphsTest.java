package dev.drydock.icons;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every glyph maps to an icon that the installed icon font can draw; no JavaFX node is created. */
class GlyphsTest {

    private static final List<IkonHandler> HANDLERS = ServiceLoader.load(IkonHandler.class).stream()
            .map(ServiceLoader.Provider::get)
            .collect(Collectors.toList());

    @ParameterizedTest
    @EnumSource(Glyph.class)
    void mapsToAnIconTheFontCanResolve(Glyph glyph) {
        Ikon ikon = Glyphs.ikon(glyph);

        assertThat(ikon).isNotNull();
        IkonHandler handler = HANDLERS.stream()
                .filter(h -> h.supports(ikon.getDescription()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no icon font handler for " + ikon.getDescription()));
        assertThat(handler.resolve(ikon.getDescription())).isSameAs(ikon);
        assertThat(handler.getFontResource()).as("font file of %s", ikon.getDescription()).isNotNull();
    }

    @Test
    void noTwoGlyphsLookTheSame() {
        assertThat(Arrays.stream(Glyph.values()).map(Glyphs::ikon)).doesNotHaveDuplicates();
    }
}
