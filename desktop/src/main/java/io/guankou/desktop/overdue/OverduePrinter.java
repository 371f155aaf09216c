package io.guankou.desktop.overdue;

import io.guankou.model.followup.OverdueGroup;
import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

/**
 * Prints the overdue list on A4 portrait through the system's printer dialog. The pages are built at the
 * chosen printer's printable size and scaled down only if a page came out larger.
 */
public final class OverduePrinter {

    /** How a print request ended, for the view to tell the user. */
    public enum Outcome { PRINTED, NO_PRINTER, CANCELLED, FAILED }

    private final OverduePrintLayout layout;

    public OverduePrinter(OverduePrintLayout layout) {
        this.layout = layout;
    }

    /** Shows the printer dialog and prints; call on the FX thread (the dialog is modal to {@code owner}). */
    public Outcome print(Window owner, List<OverdueGroup> groups, OverduePrintLayout.Header header) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        Printer printer = job.getPrinter();
        PageLayout page = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(page);
        double w = page.getPrintableWidth();
        double h = page.getPrintableHeight();
        for (Node node : layout.pages(groups, header, w, h)) {
            fit(node, w, h);
            if (!job.printPage(page, node)) {
                job.cancelJob();
                return Outcome.FAILED;
            }
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }

    private static void fit(Node node, double w, double h) {
        var b = node.getBoundsInParent();
        double scale = Math.min(1, Math.min(w / b.getWidth(), h / b.getHeight()));
        if (scale < 1) {
            node.getTransforms().add(new Scale(scale, scale, b.getMinX(), b.getMinY()));
        }
    }
}
