package io.guankou.desktop.meeting.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Chinese font embedded (as the subset used) in one PDF document, and text made safe for it: a character the font
 * has no glyph for is written as "?" (PDFBox would refuse the whole line), a line break or tab as a blank. Close it
 * after the document is saved: the subset is cut from the font file at saving.
 */
final class PdfCjkFont implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(PdfCjkFont.class);
    static final String ELLIPSIS = "\u2026";

    private final PDType0Font font;
    private final Closeable source;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    private PdfCjkFont(PDType0Font font, Closeable source) {
        this.font = font;
        this.source = source;
    }

    /** The first of {@code fonts}' files that loads; {@link PdfFontMissing} naming all of them when none does. */
    static PdfCjkFont load(PDDocument doc, PdfFonts fonts) {
        List<Path> tried = new ArrayList<>();
        for (Path p : fonts.candidates()) {
            if (!p.toFile().isFile()) {
                continue;
            }
            tried.add(p);
            try {
                return load(doc, p);
            } catch (IOException | RuntimeException e) {
                // a font without TrueType outlines, or a damaged file: try the next one
                LOG.warn("Cannot embed the font {} in a PDF: {}", p, e.getClass().getName());
            }
        }
        throw new PdfFontMissing(fonts.candidates());
    }

    private static PdfCjkFont load(PDDocument doc, Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return new PdfCjkFont(PDType0Font.load(doc, file.toFile()), () -> { });
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        try {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                throw new IOException("an empty font collection");
            }
            return new PdfCjkFont(PDType0Font.load(doc, first[0], true), collection);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    PDType0Font font() {
        return font;
    }

    /** {@code text} as the font can write it, on one line. */
    String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (has(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean has(int cp) {
        return glyphs.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    /** The width of safe text at {@code size} points. */
    float width(String safeText, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code text} made safe and, when wider than {@code maxWidth}, cut to fit with "…" at its end. */
    String fit(String text, float size, float maxWidth) {
        String s = safe(text).strip();
        if (width(s, size) <= maxWidth) {
            return s;
        }
        String ellipsis = safe(ELLIPSIS);
        int[] cps = s.codePoints().toArray();
        int lo = 0;
        int hi = cps.length;
        while (lo < hi) { // the longest prefix that fits with the ellipsis
            int mid = (lo + hi + 1) / 2;
            if (width(new String(cps, 0, mid) + ellipsis, size) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new String(cps, 0, lo).stripTrailing() + ellipsis;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
