package io.guankou.desktop.resources.healthpack;

import io.guankou.desktop.ui.CjkFont;
import io.guankou.model.healthpack.PackQueueLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The queue printed for the village doctor: each village on pages of its own (title with the village and the day),
 * the lines in queue order with rank, name, masked ID, phone, age, why, and empty columns for the day handed out and
 * the signature. IDs stay masked on paper.
 */
final class HealthPackPrintLayout {

    static final double TITLE_H = 46;
    static final double HEAD_H = 18;
    static final double ROW_H = 22;
    static final double FOOTER_H = 20;
    private static final double PAD = 3;
    private static final double[] WIDTHS = {0.06, 0.11, 0.17, 0.13, 0.06, 0.27, 0.10, 0.10};
    private static final String[] HEAD_KEYS = {"healthPacks.col.rank", "healthPacks.col.name",
        "healthPacks.col.residentId", "healthPacks.col.phone", "healthPacks.col.age", "healthPacks.col.why",
        "healthPacks.print.day", "healthPacks.print.signature"};
    private static final Color RULE = Color.gray(0.25);

    private final HealthPackTexts texts;
    private final String family;

    HealthPackPrintLayout(HealthPackTexts texts) {
        this.texts = texts;
        this.family = CjkFont.choose(Font.getFamilies()).orElse(Font.getDefault().getFamily());
    }

    /** The lines by village, in the order they come (queue order), each village's lines in pages of {@code perPage}. */
    static List<List<PackQueueLine>> pagesByVillage(List<PackQueueLine> lines, int perPage) {
        Map<Long, List<PackQueueLine>> byVillage = new LinkedHashMap<>();
        for (PackQueueLine l : lines) {
            byVillage.computeIfAbsent(l.person().villageId(), k -> new ArrayList<>()).add(l);
        }
        List<List<PackQueueLine>> pages = new ArrayList<>();
        for (List<PackQueueLine> v : byVillage.values()) {
            for (int i = 0; i < v.size(); i += perPage) {
                pages.add(List.copyOf(v.subList(i, Math.min(v.size(), i + perPage))));
            }
        }
        return pages;
    }

    static int rowsPerPage(double pageHeight) {
        return Math.max(1, (int) ((pageHeight - TITLE_H - HEAD_H - FOOTER_H) / ROW_H));
    }

    List<Node> pages(List<PackQueueLine> lines, String townshipName, LocalDate day, double w, double h) {
        List<List<PackQueueLine>> plan = pagesByVillage(lines, rowsPerPage(h));
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            out.add(page(plan.get(i), townshipName, day, i + 1, plan.size(), w, h));
        }
        return out;
    }

    private Node page(List<PackQueueLine> lines, String township, LocalDate day, int number, int count, double w,
                      double h) {
        var msg = texts.messages();
        Group page = new Group();
        Rectangle paper = new Rectangle(0, 0, w, h);
        paper.setFill(Color.WHITE);
        page.getChildren().add(paper);
        String village = lines.isEmpty() ? "" : lines.get(0).person().villageName();
        page.getChildren().add(text(msg.format("healthPacks.print.title", township, village),
                font(FontWeight.BOLD, 15), 0, 16, w, TextAlignment.CENTER));
        page.getChildren().add(text(msg.format("healthPacks.print.subtitle", day.toString()),
                font(FontWeight.NORMAL, 9.5), 0, 36, w, TextAlignment.CENTER));
        double y = TITLE_H;
        double x = 0;
        for (int c = 0; c < WIDTHS.length; c++) {
            double cw = WIDTHS[c] * w;
            page.getChildren().add(cell(x, y, cw, HEAD_H, Color.gray(0.88)));
            page.getChildren().add(clipped(msg.get(HEAD_KEYS[c]), font(FontWeight.BOLD, 8.5), x, y, cw, HEAD_H));
            x += cw;
        }
        y += HEAD_H;
        for (PackQueueLine l : lines) {
            String[] values = {Integer.toString(l.rank()), l.person().name(), texts.maskedId(l),
                HealthPackTexts.phone(l), Integer.toString(l.person().age()), texts.why(l), "", ""};
            x = 0;
            for (int c = 0; c < WIDTHS.length; c++) {
                double cw = WIDTHS[c] * w;
                page.getChildren().add(cell(x, y, cw, ROW_H, null));
                page.getChildren().add(clipped(values[c], font(FontWeight.NORMAL, 9), x, y, cw, ROW_H));
                x += cw;
            }
            y += ROW_H;
        }
        page.getChildren().add(text(msg.format("print.page", number, count), font(FontWeight.NORMAL, 8.5), 0,
                h - FOOTER_H / 2, w, TextAlignment.CENTER));
        return page;
    }

    private static Rectangle cell(double x, double y, double w, double h, Color fill) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setFill(fill == null ? Color.TRANSPARENT : fill);
        r.setStroke(RULE);
        r.setStrokeWidth(0.5);
        return r;
    }

    private static Text clipped(String value, Font font, double x, double y, double w, double h) {
        Text t = text(value, font, x + PAD, y + h / 2, w - 2 * PAD, TextAlignment.LEFT);
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
