package io.guankou.desktop.sheetimport;

import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.Alerts;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.ledger.SheetImports;
import io.guankou.persistence.sheet.SheetReadException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The ledger toolbar's "Import Excel": asks for the file, reads the top of its first sheet off the FX thread
 * and opens the {@link SheetImportWindow}; a file that is no readable sheet gets a clear message instead.
 */
public final class SheetImportLauncher {

    private final SheetImports imports;
    private final TaskRunner runner;
    private final Messages msg;
    private final Runnable onImported;
    private final BooleanProperty opening = new SimpleBooleanProperty();
    private FilePicker picker;
    private SheetImportWindow last;

    /** @param onImported runs on the FX thread after every successful import (the views reload) */
    public SheetImportLauncher(SheetImports imports, TaskRunner runner, Messages msg, Runnable onImported) {
        this.imports = Objects.requireNonNull(imports);
        this.runner = Objects.requireNonNull(runner);
        this.msg = Objects.requireNonNull(msg);
        this.onImported = onImported == null ? () -> { } : onImported;
        this.picker = FilePicker.system(msg);
    }

    /** Puts other file dialogs in place of the system's (tests, automation). */
    public void usePicker(FilePicker filePicker) {
        this.picker = Objects.requireNonNull(filePicker);
    }

    /** The toolbar button; disabled while a file is being opened. */
    public Button button(String id, Supplier<Window> owner) {
        Button b = new Button(msg.get("import.ui.button"));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(opening);
        b.setOnAction(e -> start(owner.get()));
        return b;
    }

    /** Asks for a file, then {@link #open}s it. */
    public void start(Window owner) {
        Path file = picker.sheetToImport(owner);
        if (file != null) {
            open(owner, file);
        }
    }

    /** Reads the top of {@code file} in the background, then shows the import window. */
    public void open(Window owner, Path file) {
        if (opening.get()) {
            return;
        }
        opening.set(true);
        runner.run("import-open", () -> imports.open(file, null), session -> {
            opening.set(false);
            SheetImportViewModel vm = new SheetImportViewModel(session, runner, new ImportTexts(msg), onImported);
            last = new SheetImportWindow(vm, msg, owner, picker);
            last.show();
        }, error -> {
            opening.set(false);
            if (error instanceof SheetReadException e) {
                Alerts.warning(owner, msg, Msg.of("import.ui.cannotRead", file.getFileName().toString()),
                        ImportTexts.sheetErrorMsg(e, null));
            } else {
                Alerts.failure(owner, msg, error);
            }
        });
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    /** The window opened last (tests look at it). */
    public SheetImportWindow lastWindow() {
        return last;
    }
}
