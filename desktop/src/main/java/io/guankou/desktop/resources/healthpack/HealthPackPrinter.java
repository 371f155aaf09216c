package io.guankou.desktop.resources.healthpack;

import io.guankou.model.healthpack.PackQueueLine;
import java.time.LocalDate;
import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.stage.Window;

/** Prints the queue per village on A4 portrait through the system's printer dialog (as the overdue list prints). */
final class HealthPackPrinter {

    /** How a print request ended, for the view to tell the user. */
    enum Outcome { PRINTED, NO_PRINTER, CANCELLED, FAILED }

    private final HealthPackPrintLayout layout;

    HealthPackPrinter(HealthPackPrintLayout layout) {
        this.layout = layout;
    }

    Outcome print(Window owner, List<PackQueueLine> lines, String townshipName, LocalDate day) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        PageLayout page = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(page);
        for (Node node : layout.pages(lines, townshipName, day, page.getPrintableWidth(),
                page.getPrintableHeight())) {
            if (!job.printPage(page, node)) {
                job.cancelJob();
                return Outcome.FAILED;
            }
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }
}
