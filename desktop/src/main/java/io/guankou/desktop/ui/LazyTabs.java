package io.guankou.desktop.ui;

import io.guankou.desktop.i18n.Messages;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/** The one way a view holds tabs: one per section, each built the first time it is opened. */
public final class LazyTabs extends StackPane {

    /** One tab: its node id, the bundle key of its title, and how its content is built. */
    public record Section(String id, String titleKey, Supplier<Node> content) {

        public Section {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(titleKey, "titleKey");
            Objects.requireNonNull(content, "content");
        }
    }

    public LazyTabs(String id, Messages msg, List<Section> sections) {
        setId(id);
        if (sections.isEmpty()) {
            Label later = new Label(msg.get("placeholder.later"));
            later.getStyleClass().add("placeholder");
            getChildren().add(later);
            return;
        }
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Section s : sections) {
            Tab tab = new Tab(msg.get(s.titleKey()));
            tab.setId(s.id());
            tab.selectedProperty().addListener((o, was, now) -> {
                if (now && tab.getContent() == null) {
                    tab.setContent(s.content().get());
                }
            });
            tabs.getTabs().add(tab);
        }
        tabs.getTabs().get(0).setContent(sections.get(0).content().get());
        getChildren().add(tabs);
    }
}
