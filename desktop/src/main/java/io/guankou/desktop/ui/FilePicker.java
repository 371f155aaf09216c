package io.guankou.desktop.ui;

import io.guankou.desktop.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The one way the console asks for a file: the sheet to import, or where to save a workbook (an export, the
 * rejected rows), a PDF or an image, a data package to import, a public key file, a folder to write a package to. Tests and automation
 * put their own in place of the system's dialogs; a picker that only knows the first two answers the others with
 * {@code null} (cancelled).
 */
public interface FilePicker {

    /** The sheet to import, or {@code null} when the user cancelled. */
    Path sheetToImport(Window owner);

    /** Where to save an .xlsx workbook (the suffix added when left out), or {@code null} when cancelled. */
    Path saveXlsx(Window owner, String titleKey, String suggestedName);

    /** A data package to import (.gkpkg), or {@code null} when the user cancelled. */
    default Path packageToImport(Window owner) {
        return null;
    }

    /** A public key file (public-keys.txt) to encrypt a package for, or {@code null} when cancelled. */
    default Path publicKeyFile(Window owner) {
        return null;
    }

    /** A folder, starting in {@code initial} when there is one, or {@code null} when cancelled. */
    default Path folder(Window owner, String titleKey, Path initial) {
        return null;
    }

    /** Where to save a .png image (the suffix added when left out), or {@code null} when cancelled. */
    default Path savePng(Window owner, String titleKey, String suggestedName) {
        return null;
    }

    /** Where to save a .pdf document (the suffix added when left out), or {@code null} when cancelled. */
    default Path savePdf(Window owner, String titleKey, String suggestedName) {
        return null;
    }

    /** The platform's file choosers. */
    static FilePicker system(Messages msg) {
        return new FilePicker() {
            @Override
            public Path sheetToImport(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(msg.get("import.ui.chooseTitle"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(msg.get("import.ui.sheetFilter"), "*.xlsx", "*.xls", "*.csv",
                                "*.XLSX", "*.XLS", "*.CSV"),
                        new FileChooser.ExtensionFilter(msg.get("import.ui.allFilter"), "*.*"));
                File f = chooser.showOpenDialog(owner);
                return f == null ? null : f.toPath();
            }

            @Override
            public Path saveXlsx(Window owner, String titleKey, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(msg.get(titleKey));
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(msg.get("export.xlsxFilter"),
                        "*.xlsx"));
                File f = chooser.showSaveDialog(owner);
                if (f == null) {
                    return null;
                }
                String name = f.getName();
                return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? f.toPath()
                        : f.toPath().resolveSibling(name + ".xlsx");
            }

            @Override
            public Path savePng(Window owner, String titleKey, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(msg.get(titleKey));
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(msg.get("export.pngFilter"),
                        "*.png"));
                File f = chooser.showSaveDialog(owner);
                if (f == null) {
                    return null;
                }
                String name = f.getName();
                return name.toLowerCase(Locale.ROOT).endsWith(".png") ? f.toPath()
                        : f.toPath().resolveSibling(name + ".png");
            }

            @Override
            public Path savePdf(Window owner, String titleKey, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(msg.get(titleKey));
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(msg.get("export.pdfFilter"),
                        "*.pdf"));
                File f = chooser.showSaveDialog(owner);
                if (f == null) {
                    return null;
                }
                String name = f.getName();
                return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? f.toPath()
                        : f.toPath().resolveSibling(name + ".pdf");
            }

            @Override
            public Path packageToImport(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(msg.get("exchange.import.chooseTitle"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(msg.get("exchange.import.packageFilter"), "*.gkpkg",
                                "*.GKPKG"),
                        new FileChooser.ExtensionFilter(msg.get("import.ui.allFilter"), "*.*"));
                File f = chooser.showOpenDialog(owner);
                return f == null ? null : f.toPath();
            }

            @Override
            public Path publicKeyFile(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(msg.get("exchange.export.keyFileTitle"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(msg.get("exchange.export.keyFileFilter"), "*.txt", "*.TXT"),
                        new FileChooser.ExtensionFilter(msg.get("import.ui.allFilter"), "*.*"));
                File f = chooser.showOpenDialog(owner);
                return f == null ? null : f.toPath();
            }

            @Override
            public Path folder(Window owner, String titleKey, Path initial) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(msg.get(titleKey));
                if (initial != null && initial.toFile().isDirectory()) {
                    chooser.setInitialDirectory(initial.toFile());
                }
                File f = chooser.showDialog(owner);
                return f == null ? null : f.toPath();
            }
        };
    }
}
