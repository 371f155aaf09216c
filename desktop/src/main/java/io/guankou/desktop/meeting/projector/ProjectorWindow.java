package io.guankou.desktop.meeting.projector;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.CjkFont;
import io.guankou.desktop.ui.PresentationWindow;
import io.guankou.desktop.ui.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Projector mode: a full-screen window in a high-contrast theme (white and yellow on black), type sized to the
 * screen's height so that {@link ProjectorViewModel#ROWS_PER_PAGE} rows fill it at 1024x768 as at 1920x1080. Right,
 * Down, Page Down and Space go forward; Left, Up and Page Up back (a presentation clicker sends Page Up/Down); A
 * switches the automatic rotation; Esc leaves.
 */
public final class ProjectorWindow {

    static final String STYLESHEET = "/io/guankou/desktop/css/projector.css";

    private final ProjectorViewModel vm;
    private final Messages msg;
    private final Stage stage;
    private final GridPane table = new GridPane();
    private final Label title = new Label();
    private final Label pageNo = new Label();
    private final Label more = new Label();
    private final Label status = new Label();
    private final PauseTransition rotation = new PauseTransition();
    private final String family;
    private double base;

    public ProjectorWindow(ProjectorViewModel vm, Messages msg, Window owner) {
        this.vm = vm;
        this.msg = msg;
        this.family = CjkFont.choose(Font.getFamilies()).orElse(Font.getDefault().getFamily());
        this.stage = PresentationWindow.create(owner, msg.get("projector.windowTitle"));
        title.setId("projector-title");
        title.getStyleClass().add("projector-title");
        pageNo.setId("projector-page-no");
        pageNo.getStyleClass().add("projector-page-no");
        more.setId("projector-more");
        more.getStyleClass().add("projector-more");
        status.setId("projector-status");
        status.getStyleClass().add("projector-hint");
        table.setId("projector-table");
        table.getStyleClass().add("projector-table");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(16, title, spacer, pageNo);
        head.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(msg.get("projector.hint"));
        hint.getStyleClass().add("projector-hint");
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox foot = new HBox(16, more, spacer2, status, hint);
        foot.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table, head, null, foot, null);
        root.setId("projector-root");
        root.getStyleClass().add("projector");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours: it closes the window
        stage.setFullScreenExitHint("");
        stage.setOnHidden(e -> {
            rotation.stop();
            vm.close();
        });
        rotation.setOnFinished(e -> {
            vm.next();
            restartRotation();
        });
        vm.rotationSecondsProperty().addListener((o, a, b) -> restartRotation());
        vm.currentProperty().addListener((o, a, b) -> show());
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.rotationSecondsProperty().get() == 0 ? ""
                : msg.format("projector.rotating", vm.rotationSecondsProperty().get()), vm.rotationSecondsProperty()));
    }

    /** Shows the window full screen on the screen of {@code bounds} (the projector: the last screen by default). */
    public void show(Rectangle2D bounds, boolean fullScreen) {
        base = Math.max(16, bounds.getHeight() / 30);
        stage.getScene().getRoot().setStyle("-fx-font-family: '" + family + "'; -fx-font-size: " + Math.round(base) + "px;");
        ((BorderPane) stage.getScene().getRoot()).setPadding(new Insets(base * 0.8, base * 1.2, base * 0.6, base * 1.2));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreen(fullScreen);
        stage.show();
        vm.reload();
        show();
    }

    /** The screen a projector is on: the last one when there are several, else the only one. */
    public static Rectangle2D projectorBounds() {
        var screens = Screen.getScreens();
        return screens.get(screens.size() - 1).getBounds();
    }

    public Stage stage() {
        return stage;
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER -> vm.next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> vm.previous();
            case A -> vm.toggleRotation();
            case ESCAPE -> stage.close();
            default -> {
                return;
            }
        }
        restartRotation();
        e.consume();
    }

    private void restartRotation() {
        rotation.stop();
        int seconds = vm.rotationSecondsProperty().get();
        if (seconds > 0 && stage.isShowing()) {
            rotation.setDuration(javafx.util.Duration.seconds(seconds));
            rotation.playFromStart();
        }
    }

    private void show() {
        ProjectorPage page = vm.currentProperty().get();
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        if (page == null) {
            title.setText(msg.get("projector.loading"));
            pageNo.setText("");
            more.setText("");
            return;
        }
        title.setText(page.title());
        pageNo.setText(msg.format("projector.pageNo", vm.indexProperty().get() + 1, vm.pages().size()));
        more.setText(page.more() > 0 ? msg.format("projector.more", page.more()) : "");
        table.setHgap(base * 1.2);
        table.setVgap(base * 0.35);
        int columns = page.widths().size();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(page.widths().get(c));
            table.getColumnConstraints().add(cc);
        }
        int r = 0;
        if (!page.headings().isEmpty()) {
            for (int c = 0; c < page.headings().size(); c++) {
                Label h = new Label(page.headings().get(c));
                h.getStyleClass().add("projector-heading");
                table.add(h, c, r);
            }
            r++;
        }
        if (page.rows().isEmpty()) {
            Label none = new Label(msg.get("projector.nothing"));
            none.getStyleClass().add("projector-cell");
            table.add(none, 0, r, Math.max(1, columns), 1);
        }
        for (ProjectorPage.Row row : page.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                Label cell = new Label(row.cells().get(c));
                cell.getStyleClass().add("projector-cell");
                if (row.alerts().get(c)) {
                    cell.getStyleClass().add("projector-alert");
                }
                if ("overview".equals(page.id()) && c % 2 == 1) {
                    cell.getStyleClass().add("projector-value");
                }
                cell.setMinWidth(0); // a long text ends in an ellipsis rather than push the table off screen
                cell.setMaxWidth(Double.MAX_VALUE);
                table.add(cell, c, r);
            }
            r++;
        }
    }
}
