package io.guankou.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody caught, on a worker thread or the FX thread, is shown once; repeats are counted. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsFxTest {

    final Messages en = Messages.of(Language.EN);
    Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        before = Thread.getDefaultUncaughtExceptionHandler();
        io.guankou.desktop.app.UncaughtErrors.install(en, () -> stage);
    }

    @AfterEach
    void restore(FxRobot robot) {
        Thread.setDefaultUncaughtExceptionHandler(before);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getScene().getRoot() instanceof DialogPane)
                .forEach(Window::hide));
    }

    private static List<DialogPane> alerts() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane)
                .map(r -> (DialogPane) r).toList();
    }

    @Test
    void aWorkerThreadsFailureIsShownOnceAndRepeatsAreCounted() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                throw new IllegalStateException("patient 110101194910012213");
            }, "worker-" + i);
            t.start();
            t.join();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(alerts()).singleElement().satisfies(pane -> {
            assertThat(pane.getHeaderText()).isEqualTo(en.get("error.uncaught.header"));
            assertThat(pane.getContentText()).contains("IllegalStateException").contains("2 more")
                    .doesNotContain("110101");
        });
    }

    @Test
    void anFxThreadFailureIsShownTooAndTheLogHoldsNoPersonalData() {
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(io.guankou.desktop.app.UncaughtErrors.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
                new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            // thrown by an event handler on the FX thread, as a bug in a view would be
            javafx.application.Platform.runLater(() -> {
                throw new ArithmeticException("王小明 110101194910012213 13912345678");
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(alerts()).singleElement()
                    .satisfies(pane -> assertThat(pane.getContentText()).contains("ArithmeticException")
                            .doesNotContain("110101"));
            assertThat(lines.list).singleElement().satisfies(line -> {
                String logged = line.getFormattedMessage()
                        + (line.getThrowableProxy() == null ? "" : line.getThrowableProxy().getMessage());
                assertThat(logged).contains("ArithmeticException").contains("JavaFX Application Thread")
                        .doesNotContain("王小明").doesNotContain("110101").doesNotContain("13912345678");
            });
        } finally {
            log.detachAppender(lines);
        }
    }
}
