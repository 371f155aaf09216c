package io.guankou.desktop.map;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** Prints the drawn map on one A4 landscape page through the system's printer dialog, scaled to fit. */
final class MapPrinter {

    enum Outcome { PRINTED, NO_PRINTER, CANCELLED, FAILED }

    private MapPrinter() {
    }

    static Outcome print(Window owner, Image map) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        Printer printer = job.getPrinter();
        PageLayout page = printer.createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(page);
        ImageView view = new ImageView(map);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(page.getPrintableWidth());
        view.setFitHeight(page.getPrintableHeight());
        if (!job.printPage(page, view)) {
            job.cancelJob();
            return Outcome.FAILED;
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }
}
