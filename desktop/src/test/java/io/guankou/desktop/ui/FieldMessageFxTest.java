package io.guankou.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A field's message and its mark come and go with the view-model's error, the first one in a scene too. */
@ExtendWith(ApplicationExtension.class)
class FieldMessageFxTest {

    final SimpleObjectProperty<Msg> error = new SimpleObjectProperty<>();
    TextField field;

    @Start
    void start(Stage stage) {
        field = new TextField();
        VBox root = new VBox(FieldMessage.wrap("field-message", field, error, Messages.of(Language.ZH)));
        stage.setScene(new Scene(root, 400, 120));
        stage.show();
    }

    /** The error marks ControlsFX puts on the control (an image each). */
    private long marks(FxRobot robot) {
        return robot.from(field).lookup((javafx.scene.Node n) -> n instanceof ImageView).queryAll().size();
    }

    @Test
    void theMarkGoesWhenTheErrorIsCleared(FxRobot robot) {
        Label message = robot.lookup("#field-message").queryAs(Label.class);
        robot.interact(() -> error.set(Msg.of("township.codeProblem.WRONG_LENGTH")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.getText()).isEqualTo("乡镇代码应为 9 位数字");
        assertThat(field.getStyleClass()).contains(Styles.FIELD_INVALID);
        assertThat(marks(robot)).isEqualTo(1);

        robot.interact(() -> error.set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.isVisible()).isFalse();
        assertThat(field.getStyleClass()).doesNotContain(Styles.FIELD_INVALID);
        assertThat(marks(robot)).as("no mark left behind").isZero();

        robot.interact(() -> error.set(Msg.of("township.codeProblem.NOT_DIGITS")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marks(robot)).isEqualTo(1);
    }
}
