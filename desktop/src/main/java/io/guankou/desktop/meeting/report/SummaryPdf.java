package io.guankou.desktop.meeting.report;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.meeting.FigureLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The meeting summary as a one-page A4 portrait PDF with a Chinese font embedded: the title and the moment of the
 * figures, the figures as a two-column table (label, value; an alerting figure in red), then the open items as a
 * table (kind, text, owner, due, status, link; overdue rows in red). Many items are set in smaller type; when they
 * still do not fit, the list stops with a line saying how many more there are. A cell's text too long for its column
 * ends in "…". Written beside the target and moved over it when complete.
 */
public final class SummaryPdf {

    /** What was laid out: always one page; how many items it lists, and at what size. */
    public record Layout(int pages, int itemsShown, int itemsLeftOut, float itemSize) {
    }

    /** Type sizes from roomy to compact: title, figures, items. The first that fits every item is used. */
    private record Sizes(float title, float figure, float item) {
    }

    private static final List<Sizes> SIZES = List.of(new Sizes(16, 10, 9), new Sizes(15, 9, 8), new Sizes(14, 8, 7));
    private static final float MARGIN = 40;
    private static final float ROW = 1.55f;
    /** Column shares of the item table: kind, text, owner, due, status, link. */
    private static final float[] ITEM_COLUMNS = {0.06f, 0.36f, 0.11f, 0.12f, 0.11f, 0.24f};
    private static final float FIGURE_LABEL_SHARE = 0.42f;
    private static final float[] INK = {0.1f, 0.1f, 0.1f};
    private static final float[] ALERT = {0.75f, 0.05f, 0.1f};
    private static final float[] MUTED = {0.4f, 0.4f, 0.4f};

    private final Messages msg;
    private final PdfFonts fonts;

    public SummaryPdf(Messages msg, PdfFonts fonts) {
        this.msg = msg;
        this.fonts = fonts;
    }

    /**
     * Writes {@code content} to {@code file}, replacing it; call off the FX thread.
     *
     * @throws PdfFontMissing        when no Chinese font can be embedded (nothing is written)
     * @throws UncheckedIOException  when the file cannot be written (an old file is left as it was)
     */
    public Layout write(Path file, SummaryContent content) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try (PDDocument doc = new PDDocument()) {
            Layout layout;
            try (PdfCjkFont font = PdfCjkFont.load(doc, fonts)) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(content.title());
                info.setCreator(msg.get("app.name"));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    layout = new Page(cs, font, page.getMediaBox()).draw(content);
                }
                temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".writing");
                doc.save(temp.toFile()); // the font's subset is cut here: before the font file is closed
            }
            moveInPlace(temp, target);
            return new Layout(doc.getNumberOfPages(), layout.itemsShown(), layout.itemsLeftOut(), layout.itemSize());
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** One page being drawn, top down; {@code y} is the top of the next row. */
    private final class Page {
        private final PDPageContentStream cs;
        private final PdfCjkFont font;
        private final float left;
        private final float width;
        private final float bottom;
        private float y;

        Page(PDPageContentStream cs, PdfCjkFont font, PDRectangle box) {
            this.cs = cs;
            this.font = font;
            this.left = MARGIN;
            this.width = box.getWidth() - 2 * MARGIN;
            this.bottom = MARGIN;
            this.y = box.getHeight() - MARGIN;
        }

        Layout draw(SummaryContent c) throws IOException {
            int n = c.items().size();
            Sizes s = SIZES.get(SIZES.size() - 1);
            for (Sizes candidate : SIZES) {
                if (itemRowsFitting(c, candidate) >= n + 1) {
                    s = candidate;
                    break;
                }
            }
            int rows = itemRowsFitting(c, s);
            int shown = rows >= n + 1 ? n : Math.max(0, rows - 2); // header, and a line saying how many more
            drawTop(c, s);
            drawItems(c.items().subList(0, shown), n - shown, s.item());
            drawFooter();
            return new Layout(1, shown, n - shown, s.item());
        }

        /** How many item-table rows (its header included) fit under the figures at these sizes. */
        private int itemRowsFitting(SummaryContent c, Sizes s) {
            float top = titleHeight(s) + figuresHeight(c, s) + headingHeight(s.figure()) * 2;
            float free = (y - bottom - footerHeight()) - top;
            return (int) Math.floor(free / (s.item() * ROW));
        }

        private float titleHeight(Sizes s) {
            return s.title() * 1.4f + s.figure() * 1.6f;
        }

        private float headingHeight(float size) {
            return size * 1.9f;
        }

        private float figuresHeight(SummaryContent c, Sizes s) {
            return c.figures().size() * s.figure() * ROW;
        }

        private float footerHeight() {
            return 7 * 2.2f;
        }

        private void drawTop(SummaryContent c, Sizes s) throws IOException {
            y -= s.title();
            text(c.title(), left, y, s.title(), INK);
            y -= s.title() * 0.4f + s.figure() * 1.3f;
            text(c.asOf(), left, y, s.figure() * 0.9f, MUTED);
            y -= s.figure() * 0.3f;
            heading(msg.get("meeting.summary.figures"), s.figure());
            float labelWidth = width * FIGURE_LABEL_SHARE;
            float rowHeight = s.figure() * ROW;
            float tableTop = y;
            for (FigureLine f : c.figures()) {
                float baseline = baseline(y, rowHeight, s.figure());
                text(font.fit(f.label(), s.figure(), labelWidth - 8), left + 4, baseline, s.figure(), INK);
                text(font.fit(f.value(), s.figure(), width - labelWidth - 8), left + labelWidth + 4, baseline,
                        s.figure(), f.alert() ? ALERT : INK);
                y -= rowHeight;
                hLine(y);
            }
            grid(tableTop, y, new float[] {0, labelWidth, width});
            heading(msg.format("meeting.summary.items", c.counts().open(), c.counts().overdue()), s.figure());
        }

        private void drawItems(List<SummaryItem> items, int leftOut, float size) throws IOException {
            float rowHeight = size * ROW;
            float[] edges = new float[ITEM_COLUMNS.length + 1];
            for (int i = 0; i < ITEM_COLUMNS.length; i++) {
                edges[i + 1] = edges[i] + ITEM_COLUMNS[i] * width;
            }
            edges[edges.length - 1] = width;
            if (items.isEmpty() && leftOut == 0) {
                y -= rowHeight;
                text(msg.get("meeting.summary.noItems"), left + 4, baseline(y + rowHeight, rowHeight, size), size, MUTED);
                return;
            }
            float tableTop = y;
            row(edges, size, INK, msg.get("meeting.actions.col.kind"), msg.get("meeting.actions.col.text"),
                    msg.get("meeting.actions.col.owner"), msg.get("meeting.actions.col.due"),
                    msg.get("meeting.actions.col.status"), msg.get("meeting.actions.col.link"));
            for (SummaryItem i : items) {
                row(edges, size, i.overdue() ? ALERT : INK, i.kind(), i.text(), i.owner(), i.due().toString(),
                        i.status(), i.link());
            }
            grid(tableTop, y, edges);
            if (leftOut > 0) {
                y -= rowHeight;
                text(msg.format("meeting.summary.more", leftOut), left + 4, baseline(y + rowHeight, rowHeight, size),
                        size, ALERT);
            }
        }

        private void row(float[] edges, float size, float[] ink, String... cells) throws IOException {
            float rowHeight = size * ROW;
            float baseline = baseline(y, rowHeight, size);
            for (int i = 0; i < cells.length; i++) {
                float w = edges[i + 1] - edges[i] - 6;
                text(font.fit(cells[i], size, w), left + edges[i] + 3, baseline, size, ink);
            }
            y -= rowHeight;
            hLine(y);
        }

        private void drawFooter() throws IOException {
            text(msg.get("meeting.summary.footer"), left, bottom, 7, MUTED);
        }

        private void heading(String s, float size) throws IOException {
            y -= headingHeight(size);
            text(font.fit(s, size * 1.1f, width), left, y + size * 0.45f, size * 1.1f, INK);
            hLine(y);
        }

        private float baseline(float rowTop, float rowHeight, float size) {
            return rowTop - rowHeight / 2 - size * 0.35f;
        }

        private void text(String s, float x, float baseline, float size, float[] ink) throws IOException {
            String safe = font.safe(s);
            if (safe.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font.font(), size);
            cs.setNonStrokingColor(ink[0], ink[1], ink[2]);
            cs.newLineAtOffset(x, baseline);
            cs.showText(safe);
            cs.endText();
        }

        private void hLine(float at) throws IOException {
            cs.setLineWidth(0.4f);
            cs.setStrokingColor(0.6f, 0.6f, 0.6f);
            cs.moveTo(left, at);
            cs.lineTo(left + width, at);
            cs.stroke();
        }

        private void grid(float top, float bottomY, float[] edges) throws IOException {
            hLine(top);
            for (float e : edges) {
                cs.moveTo(left + e, top);
                cs.lineTo(left + e, bottomY);
            }
            cs.stroke();
        }
    }

    private static void moveInPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the unfinished file stays beside the target; nothing else to do
        }
    }
}
