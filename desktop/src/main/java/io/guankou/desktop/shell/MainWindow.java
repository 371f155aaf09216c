package io.guankou.desktop.shell;

import io.guankou.desktop.ui.Styles;
import io.guankou.desktop.i18n.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Left navigation, one view at a time in the centre; views are built the first time they are opened. */
public final class MainWindow {

    private final Messages messages;
    private final String townshipName;
    private final boolean demo;
    private final Map<NavItem, Supplier<Node>> factories = new EnumMap<>(NavItem.class);
    private final Map<NavItem, Node> built = new EnumMap<>(NavItem.class);
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private final ToggleGroup nav = new ToggleGroup();

    /** {@code views}: a factory per built view; items without one show a "coming later" text. */
    public MainWindow(Messages messages, String townshipName, boolean demo, Map<NavItem, Supplier<Node>> views) {
        this.messages = messages;
        this.townshipName = townshipName;
        this.demo = demo;
        factories.putAll(views);
        build();
    }

    public static String title(Messages messages, String townshipName, boolean demo) {
        String title = messages.format("app.title", messages.get("app.name"), townshipName);
        return demo ? title + " " + messages.get("app.demoMarker") : title;
    }

    public String title() {
        return title(messages, townshipName, demo);
    }

    public Parent root() {
        return root;
    }

    private void build() {
        VBox navBox = new VBox(4);
        navBox.getStyleClass().add("nav");
        Label appName = new Label(messages.get("app.name"));
        appName.getStyleClass().add("nav-title");
        navBox.getChildren().add(appName);
        for (NavItem item : NavItem.values()) {
            ToggleButton b = new ToggleButton(messages.get(item.key()));
            b.setId("nav-" + item.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(nav);
            b.setUserData(item);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setMinWidth(Region.USE_PREF_SIZE);
            navBox.getChildren().add(b);
        }
        nav.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                nav.selectToggle(old); // one view is always open
            } else {
                open((NavItem) now.getUserData());
            }
        });
        root.setLeft(navBox);

        HBox top = new HBox(12);
        top.getStyleClass().add("top-bar");
        Label township = new Label(title());
        township.getStyleClass().add("top-title");
        top.getChildren().add(township);
        if (demo) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label marker = new Label(messages.get("app.demoBanner"));
            marker.setId("demo-banner");
            marker.getStyleClass().add("demo-banner");
            top.getChildren().addAll(spacer, marker);
        }
        root.setTop(top);
        content.setPadding(new Insets(8));
        root.setCenter(content);
        nav.selectToggle(nav.getToggles().get(0));
    }

    public void open(NavItem item) {
        Node view = built.computeIfAbsent(item, i -> {
            Supplier<Node> factory = factories.get(i);
            return factory != null ? factory.get() : placeholder(i);
        });
        content.getChildren().setAll(view);
        nav.getToggles().stream().filter(t -> t.getUserData() == item).findFirst().ifPresent(nav::selectToggle);
    }

    private Node placeholder(NavItem item) {
        Label heading = new Label(messages.get(item.key()));
        heading.getStyleClass().add("placeholder-heading");
        Label text = new Label(messages.get("placeholder.later"));
        text.getStyleClass().add("placeholder");
        text.setWrapText(true);
        VBox box = new VBox(12, heading, text);
        box.setPadding(new Insets(24));
        return box;
    }

    /** A scene on {@code stage} sized to the screen, with the CJK font and a base size for it. */
    public void show(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Styles.apply(root, screen.getWidth());
        stage.setScene(new Scene(root));
        stage.setTitle(title());
        // the whole work area (window size includes decorations): on a 1366x768 laptop every pixel counts.
        // Sized explicitly rather than maximised, which some window managers (and none at all) ignore.
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMinWidth(1024);
        stage.setMinHeight(600);
        stage.show();
    }
}
