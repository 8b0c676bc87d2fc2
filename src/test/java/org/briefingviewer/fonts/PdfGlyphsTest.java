package org.briefingviewer.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PdfGlyphsTest {

    @Test
    void latinThatSkipsTheFontsIsDrawnByEveryTextFace() {
        assertThat(IntStream.range(0x20, 0x250).filter(c -> c < 0x7F || c > 0x9F)
                .filter(c -> !PdfGlyphs.Coverage.DRAWN.get(c))).isEmpty();
    }

    @Test
    void arrowsAndMathsComeFromTheMonospacedFaceAndOtherScriptsFromNone() {
        assertThat(PdfGlyphs.canDraw('\u2192')).isTrue();
        assertThat(PdfGlyphs.canDraw('\u2248')).isTrue();
        assertThat(PdfGlyphs.canDraw('\u0416')).isTrue();
        assertThat(PdfGlyphs.canDraw(0x1F642)).isFalse();
        assertThat(PdfGlyphs.canDraw('\uD55C')).isFalse();
        assertThat(PdfGlyphs.canDraw('\u05D0')).isFalse();
    }

    @Test
    void drawableTextReplacesOnlyWhatNoFontHas() {
        assertThat(PdfGlyphs.drawable("25% \u2192 15%")).isEqualTo("25% \u2192 15%");
        assertThat(PdfGlyphs.drawable("a \uD83D\uDE42 \uD55C\uBBF8 b")).isEqualTo("a \uFFFD \uFFFD\uFFFD b");
        assertThat(PdfGlyphs.drawable("zero\uFEFFwidth")).isEqualTo("zero\u2060width");
        assertThat(PdfGlyphs.firstUndrawable("Lee \uC774\uC7AC\uBA85")).isEqualTo(0xC774);
        assertThat(PdfGlyphs.firstUndrawable("plain")).isEqualTo(-1);
    }
}
