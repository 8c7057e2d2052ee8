package vn.danvan.officialdoc.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Liberation Serif (SIL OFL), metric-compatible with Times New Roman and complete for Vietnamese, shipped in
 * {@code com.github.librepdf:openpdf-fonts-extra}. The PDF embeds it; the DOCX names Times New Roman and uses
 * Liberation Serif's metrics to size the lines drawn under header text.
 */
final class EmbeddedFonts {

    enum Face {
        REGULAR("/liberation/LiberationSerif-Regular.ttf", 400, false),
        BOLD("/liberation/LiberationSerif-Bold.ttf", 700, false),
        ITALIC("/liberation/LiberationSerif-Italic.ttf", 400, true),
        BOLD_ITALIC("/liberation/LiberationSerif-BoldItalic.ttf", 700, true);

        final String resource;
        final int weight;
        final boolean italic;

        Face(String resource, int weight, boolean italic) {
            this.resource = resource;
            this.weight = weight;
            this.italic = italic;
        }

        InputStream open() {
            InputStream in = EmbeddedFonts.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException(
                        "Font " + resource + " is missing: is openpdf-fonts-extra on the classpath?");
            }
            return in;
        }
    }

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static final Map<Face, Font> AWT_FONTS = new EnumMap<>(Face.class);

    private EmbeddedFonts() {}

    /** The advance width of a line of text, in points. */
    static double widthPt(String text, Face face, int sizePt) {
        return awtFont(face)
                .deriveFont((float) sizePt)
                .getStringBounds(text, CONTEXT)
                .getWidth();
    }

    private static synchronized Font awtFont(Face face) {
        return AWT_FONTS.computeIfAbsent(face, f -> {
            try (InputStream in = f.open()) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("Font " + f.resource + " cannot be read", e);
            }
        });
    }
}
