package io.guankou.desktop.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one way to open a modal dialog: its own stage, modal to the window that opened it, the console's style,
 * Esc closes (unless a popup of the dialog is open). Dialogs never block the caller: what they produce is
 * handed to a callback, so tests and the application behave alike.
 */
public final class ModalWindow {

    private final Stage stage = new Stage();
    private BooleanSupplier canClose = () -> true;

    /** {@code width}/{@code height}: the scene's size, or -1 for the content's own. */
    public ModalWindow(Window owner, String title, Parent root, double width, double height) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        Styles.apply(root, owner == null ? 1366 : owner.getWidth());
        Scene scene = new Scene(root, width, height);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                if (canClose.getAsBoolean()) {
                    stage.close();
                }
                e.consume();
            }
        });
        stage.setScene(scene);
    }

    public ModalWindow(Window owner, String title, Parent root) {
        this(owner, title, root, -1, -1);
    }

    /**
     * While {@code guard} says no, neither Esc nor the window's close button closes it; the close button runs
     * {@code refused} instead (e.g. asks the running work to stop).
     */
    public void guardClose(BooleanSupplier guard, Runnable refused) {
        this.canClose = guard;
        stage.setOnCloseRequest(e -> {
            if (!guard.getAsBoolean()) {
                refused.run();
                e.consume();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    public void close() {
        stage.close();
    }
}
