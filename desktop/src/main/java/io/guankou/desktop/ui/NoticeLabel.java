package io.guankou.desktop.ui;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Notice;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** The line that reports a view-model's {@link Notice}: green for done, red for a problem, empty for none. */
public final class NoticeLabel extends Label {

    public NoticeLabel(String id, ObservableValue<Notice> notice, Messages msg) {
        setId(id);
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        Runnable show = () -> {
            Notice n = notice.getValue();
            getStyleClass().removeAll(Styles.ERROR_TEXT, Styles.OK_TEXT);
            setText(n == null ? "" : msg.text(n.text()));
            if (n != null) {
                getStyleClass().add(n.error() ? Styles.ERROR_TEXT : Styles.OK_TEXT);
            }
        };
        notice.addListener((o, a, b) -> show.run());
        show.run();
    }
}
