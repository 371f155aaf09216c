package io.guankou.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The one stylesheet parses without an error: a parse error silently drops every rule after it. */
class StylesheetTest {

    @Test
    void theStylesheetParsesCleanly() throws IOException {
        URL css = Styles.class.getResource(Styles.STYLESHEET);
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules()).isNotEmpty();
        assertThat(sheet.getRules()).anyMatch(r -> r.getSelectors().toString().contains("supplies-alert"))
                .anyMatch(r -> r.getSelectors().toString().contains("map-hover"));
    }
}
