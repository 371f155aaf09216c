package io.guankou.desktop.ui;

import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/** The console's stylesheet and its CJK font, applied to the root of every scene the console opens. */
public final class Styles {

    public static final String STYLESHEET = "/io/guankou/desktop/css/guankou.css";

    /** Marks a control whose value is refused (see {@link FieldMessage}). */
    public static final String FIELD_INVALID = "field-invalid";
    /** A line of text that reports an error (field messages, failed loads and saves). */
    public static final String ERROR_TEXT = "field-error";
    /** A line of text that reports success. */
    public static final String OK_TEXT = "notice-ok";

    private Styles() {
    }

    /** The stylesheet, the first installed CJK font and a font size matched to the screen width. */
    public static void apply(Parent root, double screenWidth) {
        root.getStylesheets().add(Styles.class.getResource(STYLESHEET).toExternalForm());
        Optional<String> family = CjkFont.choose(Font.getFamilies());
        root.setStyle(CjkFont.rootStyle(family, CjkFont.fontSizeFor(screenWidth)));
    }
}
