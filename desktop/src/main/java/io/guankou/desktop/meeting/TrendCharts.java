package io.guankou.desktop.meeting;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.VillageCompliance;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The meeting's charts (JFreeChart), built from the trend's figures: contacts made against those due with the overdue
 * count, new infections and referrals opened, and weekly compliance per village, worst first. Every text of a chart is
 * set in the CJK family explicitly: JFreeChart's default (SansSerif) may draw Chinese as boxes. A day filled in late is
 * marked with an asterisk on the axis.
 */
public final class TrendCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    static final Color RED = new Color(0xC6, 0x28, 0x28);
    static final Color BLUE = new Color(0x1F, 0x5F, 0xAE);
    static final Color GREY = new Color(0x75, 0x75, 0x75);
    static final Color ORANGE = new Color(0xE0, 0x7B, 0x00);

    private final Messages msg;
    private final String family;
    private final float size;

    /** @param size the base text size in points (larger on a projector) */
    public TrendCharts(Messages msg, String family, float size) {
        this.msg = msg;
        this.family = family;
        this.size = size;
    }

    /** The axis label of a day: MM-dd, with * when its snapshot was filled in late. */
    static String dayLabel(LocalDate day, Collection<LocalDate> late) {
        return DAY.format(day) + (late.contains(day) ? "*" : "");
    }

    /** The last point is today's, live: the day is not over, so it is named as such. */
    private static String label(DailyFigures f, List<DailyFigures> trend, Collection<LocalDate> late, Messages msg) {
        return f == trend.get(trend.size() - 1) ? msg.get("meeting.chart.today") : dayLabel(f.day(), late);
    }

    public static DefaultCategoryDataset contactsData(List<DailyFigures> trend, Collection<LocalDate> late,
                                                      Messages msg) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        String made = msg.get("meeting.chart.series.made");
        String due = msg.get("meeting.chart.series.due");
        String overdue = msg.get("meeting.chart.series.overdue");
        for (DailyFigures f : trend) {
            String day = label(f, trend, late, msg);
            d.addValue(f.contacts().made(), made, day);
            d.addValue(f.contacts().due(), due, day);
            d.addValue(f.contacts().overdue(), overdue, day);
        }
        return d;
    }

    public static DefaultCategoryDataset eventsData(List<DailyFigures> trend, Collection<LocalDate> late, Messages msg) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        String infections = msg.get("meeting.chart.series.infections");
        String referrals = msg.get("meeting.chart.series.referrals");
        for (DailyFigures f : trend) {
            String day = label(f, trend, late, msg);
            d.addValue(f.newInfections(), infections, day);
            d.addValue(f.referralsOpened(), referrals, day);
        }
        return d;
    }

    /** Compliance in percent per village, worst first (at most {@code limit} villages). */
    public static DefaultCategoryDataset villageData(List<VillageCompliance> villages, int limit, Messages msg) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        String series = msg.get("meeting.chart.series.compliance");
        villages.stream().sorted(VillageCompliance.WORST_FIRST).limit(limit)
                .forEach(v -> d.addValue(v.share() * 100, series, v.villageName()));
        return d;
    }

    public JFreeChart contacts(List<DailyFigures> trend, Collection<LocalDate> late) {
        JFreeChart chart = line(msg.get("meeting.chart.contacts"), contactsData(trend, late, msg));
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        r.setSeriesPaint(0, BLUE);
        r.setSeriesPaint(1, GREY);
        r.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        r.setSeriesPaint(2, RED);
        return chart;
    }

    public JFreeChart events(List<DailyFigures> trend, Collection<LocalDate> late) {
        JFreeChart chart = line(msg.get("meeting.chart.events"), eventsData(trend, late, msg));
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        r.setSeriesPaint(0, ORANGE);
        r.setSeriesPaint(1, RED);
        return chart;
    }

    public JFreeChart villages(List<VillageCompliance> villages, int limit) {
        JFreeChart chart = new JFreeChart(msg.get("meeting.chart.villages"), font(Font.BOLD, 1.1f),
                new CategoryPlot(villageData(villages, limit, msg), new CategoryAxis(), new NumberAxis(),
                        new BarRenderer()), false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setRange(0, 100);
        values.setLabel("%");
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BLUE);
        style(chart);
        return chart;
    }

    private JFreeChart line(String title, DefaultCategoryDataset data) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        CategoryAxis days = new CategoryAxis();
        days.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis values = new NumberAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, days, values, renderer);
        JFreeChart chart = new JFreeChart(title, font(Font.BOLD, 1.1f), plot, true);
        style(chart);
        return chart;
    }

    private void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(font(Font.BOLD, 1.1f));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(Font.PLAIN, 0.9f));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.getDomainAxis().setTickLabelFont(font(Font.PLAIN, 0.85f));
        plot.getDomainAxis().setLabelFont(font(Font.PLAIN, 0.9f));
        plot.getRangeAxis().setTickLabelFont(font(Font.PLAIN, 0.85f));
        plot.getRangeAxis().setLabelFont(font(Font.PLAIN, 0.9f));
    }

    private Font font(int style, float scale) {
        return new Font(family, style, Math.round(size * scale));
    }
}
