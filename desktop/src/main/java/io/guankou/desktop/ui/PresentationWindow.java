package io.guankou.desktop.ui;

import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one way to open a window that is not a dialog: a presentation on its own screen (projector mode), owned by the
 * main window so that it closes with it, never modal.
 */
public final class PresentationWindow {

    private PresentationWindow() {
    }

    public static Stage create(Window owner, String title) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        return stage;
    }
}
