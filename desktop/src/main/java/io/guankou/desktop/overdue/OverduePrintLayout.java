package io.guankou.desktop.overdue;

import io.guankou.desktop.ui.CjkFont;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Tier;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The printed overdue list for village doctors: A4 pages built as plain shapes and text (no controls, so
 * they draw without a scene or stylesheet). Heights are fixed per line, which makes pagination simple
 * arithmetic that tests can check without a printer: a title on the first page, a running head on the
 * others, column heads on every page, a group heading before each group (repeated, marked as continued,
 * when a group runs onto the next page) and "page i / n" at the foot. The last column is left empty for
 * remarks or a signature by hand.
 */
public final class OverduePrintLayout {

    /** What the title says: the township, the list's as-of time and its grouping. */
    public record Header(String townshipName, LocalDateTime asOf, Grouping grouping) {
    }

    /** One line of a page's table. */
    public sealed interface PrintLine permits GroupLine, RowLine, EmptyLine {
    }

    public record GroupLine(OverdueGroup group, boolean continued) implements PrintLine {
    }

    public record RowLine(OverdueRow row) implements PrintLine {
    }

    /** The whole list is empty: one line that says so. */
    public record EmptyLine() implements PrintLine {
    }

    /** Heights in points (1/72 inch), the unit of the printer's page layout. */
    static final double TITLE_H = 50;
    static final double RUNNING_H = 18;
    static final double HEAD_H = 18;
    static final double GROUP_H = 22;
    /** Tall enough to write a remark by hand. */
    static final double ROW_H = 20;
    static final double FOOTER_H = 20;

    /** Node property holding a person row's person id, and the id of a page's column heads. */
    public static final String PERSON_ID = "guankou-print-person-id";
    public static final String COLUMN_HEADS_ID = "print-column-heads";

    private static final double[] WIDTHS = {0.11, 0.20, 0.14, 0.06, 0.13, 0.08, 0.09, 0.19};
    private static final String[] HEAD_KEYS = {"print.col.name", "print.col.residentId", "print.col.phone",
            "print.col.tier", "print.col.lastReached", "print.col.daysOverdue", "print.col.week",
            "print.col.remarks"};
    private static final double PAD = 3;
    private static final Color RULE = Color.gray(0.25);

    private final OverdueTexts texts;
    private final String family;

    public OverduePrintLayout(OverdueTexts texts) {
        this.texts = texts;
        this.family = CjkFont.choose(Font.getFamilies()).orElse(Font.getDefault().getFamily());
    }

    // ---- pagination (pure)

    /** Splits the list into pages of the given printable height. Always at least one page. */
    public static List<List<PrintLine>> paginate(List<OverdueGroup> groups, double pageHeight) {
        double first = pageHeight - TITLE_H - HEAD_H - FOOTER_H;
        double other = pageHeight - RUNNING_H - HEAD_H - FOOTER_H;
        if (Math.min(first, other) < GROUP_H + ROW_H) {
            throw new IllegalArgumentException("page too short for one group: " + pageHeight);
        }
        List<List<PrintLine>> pages = new ArrayList<>();
        List<PrintLine> page = new ArrayList<>();
        double left = first;
        for (OverdueGroup g : groups) {
            boolean headed = false;
            for (OverdueRow r : g.rows()) {
                // a heading never ends a page alone: it goes over with its first row
                double needed = headed ? ROW_H : GROUP_H + ROW_H;
                if (left < needed) {
                    pages.add(page);
                    page = new ArrayList<>();
                    left = other;
                    if (headed) {
                        page.add(new GroupLine(g, true));
                        left -= GROUP_H;
                    }
                }
                if (!headed) {
                    page.add(new GroupLine(g, false));
                    left -= GROUP_H;
                    headed = true;
                }
                page.add(new RowLine(r));
                left -= ROW_H;
            }
        }
        if (pages.isEmpty() && page.isEmpty()) {
            page.add(new EmptyLine());
        }
        pages.add(page);
        return pages;
    }

    // ---- nodes

    /** The pages as nodes of exactly {@code pageWidth} x {@code pageHeight} points. */
    public List<Node> pages(List<OverdueGroup> groups, Header header, double pageWidth, double pageHeight) {
        Objects.requireNonNull(header, "header");
        List<List<PrintLine>> plan = paginate(groups, pageHeight);
        int total = groups.stream().mapToInt(OverdueGroup::count).sum();
        List<Node> pages = new ArrayList<>(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            pages.add(page(plan.get(i), header, total, i + 1, plan.size(), pageWidth, pageHeight));
        }
        return pages;
    }

    private Node page(List<PrintLine> lines, Header header, int total, int number, int count, double w, double h) {
        Group page = new Group();
        page.getStyleClass().add("print-page");
        Rectangle paper = new Rectangle(0, 0, w, h);
        paper.setFill(Color.WHITE);
        page.getChildren().add(paper);
        var msg = texts.messages();
        double y;
        if (number == 1) {
            Text title = text(msg.format("print.overdue.title", header.townshipName()), font(FontWeight.BOLD, 15),
                    0, 16, w, TextAlignment.CENTER);
            Text sub = text(msg.format("print.overdue.subtitle", texts.asOf(header.asOf()),
                    texts.groupingLabel(header.grouping()), total), font(FontWeight.NORMAL, 9.5), 0, 37, w,
                    TextAlignment.CENTER);
            page.getChildren().addAll(title, sub);
            y = TITLE_H;
        } else {
            Text running = text(msg.format("print.overdue.running", header.townshipName(),
                    texts.asOf(header.asOf())), font(FontWeight.NORMAL, 8.5), PAD, RUNNING_H / 2 - 2, w,
                    TextAlignment.LEFT);
            page.getChildren().add(running);
            y = RUNNING_H;
        }
        page.getChildren().add(columnHeads(y, w));
        y += HEAD_H;
        for (PrintLine line : lines) {
            if (line instanceof GroupLine g) {
                page.getChildren().add(groupHeading(g, y, w));
                y += GROUP_H;
            } else if (line instanceof RowLine r) {
                page.getChildren().add(row(r.row(), y, w));
                y += ROW_H;
            } else {
                page.getChildren().add(text(msg.get("print.overdue.empty"), font(FontWeight.NORMAL, 10), 0,
                        y + GROUP_H / 2, w, TextAlignment.CENTER));
                y += GROUP_H;
            }
        }
        page.getChildren().add(text(msg.format("print.page", number, count), font(FontWeight.NORMAL, 8.5), 0,
                h - FOOTER_H / 2, w, TextAlignment.CENTER));
        return page;
    }

    private Node columnHeads(double y, double w) {
        Group heads = new Group();
        heads.setId(COLUMN_HEADS_ID);
        double x = 0;
        for (int c = 0; c < WIDTHS.length; c++) {
            double cw = WIDTHS[c] * w;
            heads.getChildren().add(cell(x, y, cw, HEAD_H, Color.gray(0.88)));
            heads.getChildren().add(clipped(texts.messages().get(HEAD_KEYS[c]), font(FontWeight.BOLD, 8.5),
                    x, y, cw, HEAD_H, TextAlignment.CENTER));
            x += cw;
        }
        return heads;
    }

    private Node groupHeading(GroupLine g, double y, double w) {
        var msg = texts.messages();
        String heading = msg.format("print.overdue.groupHeading", texts.groupName(g.group()), g.group().count());
        if (g.continued()) {
            heading = heading + msg.get("print.continued");
        }
        Text t = text(heading, font(FontWeight.BOLD, 10), PAD, y + GROUP_H / 2 + 2, w, TextAlignment.LEFT);
        Line rule = new Line(0, y + GROUP_H - 1, w, y + GROUP_H - 1);
        rule.setStroke(RULE);
        rule.setStrokeWidth(0.8);
        return new Group(t, rule);
    }

    private Node row(OverdueRow r, double y, double w) {
        LedgerEntry e = r.person();
        FollowUpStatus s = r.status();
        String[] values = {e.name(), ResidentIds.mask(e.residentId()), OverdueTexts.nullToEmpty(e.phone()),
                texts.messages().label(s.tier()), texts.lastReachedShort(s), texts.daysOverdue(s), texts.week(s), ""};
        Group row = new Group();
        row.getProperties().put(PERSON_ID, e.personId());
        double x = 0;
        for (int c = 0; c < WIDTHS.length; c++) {
            double cw = WIDTHS[c] * w;
            row.getChildren().add(cell(x, y, cw, ROW_H, c == 3 ? tierFill(s.tier()) : null));
            TextAlignment align = c >= 3 && c <= 6 ? TextAlignment.CENTER : TextAlignment.LEFT;
            row.getChildren().add(clipped(values[c], font(FontWeight.NORMAL, 9), x, y, cw, ROW_H, align));
            x += cw;
        }
        return row;
    }

    /** Light fills that still read as distinct greys on a black-and-white printer; the text says the tier. */
    private static Color tierFill(Tier tier) {
        return switch (tier) {
            case RED -> Color.web("#f4c7c3");
            case YELLOW -> Color.web("#fce8b2");
            case GREEN -> Color.web("#c8e6c9");
        };
    }

    private static Rectangle cell(double x, double y, double w, double h, Color fill) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setFill(fill == null ? Color.TRANSPARENT : fill);
        r.setStroke(RULE);
        r.setStrokeWidth(0.5);
        return r;
    }

    /** Text in a cell, cut at the cell's edge rather than spilling into the next one. */
    private static Text clipped(String value, Font font, double x, double y, double w, double h, TextAlignment align) {
        Text t = text(value, font, x + PAD, y + h / 2, w - 2 * PAD, align);
        t.setClip(new Rectangle(x, y, w, h));
        return t;
    }

    private static Text text(String value, Font font, double x, double y, double width, TextAlignment align) {
        Text t = new Text(x, y, value == null ? "" : value);
        t.setFont(font);
        t.setTextOrigin(VPos.CENTER);
        if (align != TextAlignment.LEFT) {
            t.setWrappingWidth(width);
            t.setTextAlignment(align);
        }
        return t;
    }

    private Font font(FontWeight weight, double size) {
        return Font.font(family, weight, size);
    }
}
