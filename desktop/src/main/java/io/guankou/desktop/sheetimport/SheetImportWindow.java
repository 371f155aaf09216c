package io.guankou.desktop.sheetimport;

import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.ModalWindow;
import io.guankou.desktop.ui.Styles;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The import window: one window through the steps (mapping, reading, preview, importing, result), each a pane
 * bound to {@link SheetImportViewModel}. Sized for a 1366x768 laptop.
 */
public final class SheetImportWindow {

    static final double WIDTH = 1080;
    static final double HEIGHT = 660;

    private final SheetImportViewModel vm;
    private final Messages msg;
    private final FilePicker picker;
    private final ModalWindow window;
    private final Stage stage;
    private final StackPane center = new StackPane();
    private final MappingPane mappingPane;
    private final Label[] stepLabels = new Label[3];
    private PreviewPane previewPane;

    public SheetImportWindow(SheetImportViewModel vm, Messages msg, Window owner, FilePicker picker) {
        this.vm = vm;
        this.msg = msg;
        this.picker = picker;
        mappingPane = new MappingPane(vm, msg, this::close);

        BorderPane root = new BorderPane();
        root.setId("import-root");
        root.setPadding(new Insets(12));
        root.setTop(header());
        BorderPane.setMargin(center, new Insets(10, 0, 8, 0));
        root.setCenter(center);
        root.setBottom(messages());

        vm.stepProperty().addListener((o, a, b) -> showStep());
        vm.previewProperty().addListener((o, a, b) -> showStep());
        showStep();

        double w = WIDTH;
        double h = HEIGHT;
        if (owner != null && owner.getWidth() > 0) {
            w = Math.min(w, owner.getWidth() - 24);
            h = Math.min(h, owner.getHeight() - 24);
        }
        window = new ModalWindow(owner, msg.format("import.ui.title", vm.fileName()), root, w, h);
        stage = window.stage();
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        // a read stops, an import rolls back; the window stays to say so
        window.guardClose(this::canClose, vm::cancel);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> vm.close());
    }

    private void close() {
        window.close();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public SheetImportViewModel viewModel() {
        return vm;
    }

    private boolean canClose() {
        SheetImportViewModel.Step s = vm.stepProperty().get();
        return s != SheetImportViewModel.Step.READING && s != SheetImportViewModel.Step.IMPORTING;
    }

    // ---- frame

    private Node header() {
        Label title = new Label(msg.format("import.ui.heading", vm.fileName()));
        title.getStyleClass().add("section-title");
        title.setMinWidth(0);
        HBox steps = new HBox(14);
        steps.setAlignment(Pos.CENTER_RIGHT);
        String[] keys = {"import.ui.step.mapping", "import.ui.step.preview", "import.ui.step.done"};
        for (int i = 0; i < keys.length; i++) {
            stepLabels[i] = new Label(msg.get(keys[i]));
            stepLabels[i].setMinWidth(Region.USE_PREF_SIZE);
            steps.getChildren().add(stepLabels[i]);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, title, spacer, steps);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node messages() {
        return new VBox(4, MessageLine.ok("import-status", vm.statusProperty(), msg),
                MessageLine.error("import-error", vm.errorProperty(), msg));
    }

    private void showStep() {
        SheetImportViewModel.Step s = vm.stepProperty().get();
        int current = switch (s) {
            case MAPPING, READING -> 0;
            case PREVIEW, IMPORTING -> 1;
            case DONE -> 2;
        };
        for (int i = 0; i < stepLabels.length; i++) {
            stepLabels[i].setStyle(i == current ? "-fx-font-weight: bold; -fx-text-fill: #1f6feb;"
                    : "-fx-text-fill: #8c959f;");
        }
        Node pane = switch (s) {
            case MAPPING -> mappingPane;
            case READING -> progressPane("import.ui.reading", "import.ui.readingHint");
            case PREVIEW -> previewPane();
            case IMPORTING -> progressPane("import.ui.importing", "import.ui.importingHint");
            case DONE -> resultPane();
        };
        if (center.getChildren().size() != 1 || center.getChildren().get(0) != pane) {
            center.getChildren().setAll(pane);
        }
    }

    private Node previewPane() {
        PreviewViewModel p = vm.previewProperty().get();
        if (p == null) {
            return mappingPane;
        }
        if (previewPane == null || previewPane.viewModel() != p) {
            previewPane = new PreviewPane(vm, p, msg, stage::close, this::saveRejected);
        }
        return previewPane;
    }

    /** Asks where, then writes the rows that cannot be imported (from the preview or after the import). */
    private void saveRejected() {
        Path out = picker.saveXlsx(stage, "import.ui.saveRejectedTitle", vm.rejectedFileName());
        if (out != null) {
            vm.saveRejected(out);
        }
    }

    private Node progressPane(String key, String hintKey) {
        Label what = new Label(msg.get(key));
        what.getStyleClass().add("section-title");
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(msg.get("import.ui.cancel"));
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            vm.cancel();
        });
        Label hint = new Label(msg.get(hintKey));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox box = new VBox(14, what, bar, hint, cancel);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        return box;
    }

    private Node resultPane() {
        Label done = new Label(msg.text(vm.resultText()));
        done.setId("import-result");
        done.getStyleClass().add("section-title");
        done.setWrapText(true);
        Label summary = new Label(msg.text(vm.summaryText()));
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("muted");
        VBox box = new VBox(14, done, summary);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(24, 0, 0, 0));
        int rejected = vm.rejectedCount();
        if (rejected > 0) {
            Label more = new Label(msg.format("import.ui.rejectedHint", rejected));
            more.setWrapText(true);
            Button save = new Button(msg.get("import.ui.saveRejected"));
            save.setId("import-save-rejected");
            save.disableProperty().bind(vm.busyProperty());
            save.setOnAction(e -> saveRejected());
            box.getChildren().addAll(more, save);
        }
        Button close = new Button(msg.get("import.ui.close"));
        close.setId("import-close");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox all = new VBox(box, spacer, buttons);
        return all;
    }

    /** Labels that should never shrink below their text. */
    static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static HBox buttonBar(List<Node> left, List<Node> right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8);
        bar.getChildren().addAll(left);
        bar.getChildren().add(spacer);
        bar.getChildren().addAll(right);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    static void bindVisible(Node n, javafx.beans.value.ObservableBooleanValue visible) {
        n.visibleProperty().bind(Bindings.createBooleanBinding(visible::get, visible));
        n.managedProperty().bind(n.visibleProperty());
    }
}
