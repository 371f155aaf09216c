package io.guankou.desktop.ui;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.LoadState;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The one way a view says its data did not load: a red bar with the reason and a retry button, shown while
 * the view-model's {@link LoadState} is failed and hidden otherwise.
 */
public final class LoadFailureBar extends HBox {

    public LoadFailureBar(String id, LoadState state, Messages msg, Runnable retry) {
        super(10);
        setId(id);
        getStyleClass().add("load-failure");
        setAlignment(Pos.CENTER_LEFT);
        Label reason = new Label();
        reason.setId(id + "-reason");
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.ERROR_TEXT);
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setMaxWidth(Double.MAX_VALUE);
        Button again = new Button(msg.get("load.retry"));
        again.setId(id + "-retry");
        again.setOnAction(e -> retry.run());
        again.disableProperty().bind(state.loadingProperty());
        getChildren().addAll(reason, again);
        Runnable show = () -> {
            boolean failed = state.phase() == LoadState.Phase.FAILED;
            reason.setText(failed ? msg.format("load.failed", msg.text(state.failureProperty().get())) : "");
            setVisible(failed);
        };
        managedProperty().bind(visibleProperty());
        state.phaseProperty().addListener((o, a, b) -> show.run());
        state.failureProperty().addListener((o, a, b) -> show.run());
        show.run();
    }
}
