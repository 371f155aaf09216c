package io.guankou.desktop.setup;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.CjkFont;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.Styles;
import io.guankou.model.exchange.keys.PassphraseRule;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The set-up window of a new office (see {@link SetupViewModel}): a header, one page at a time (the township, then
 * how to begin) and the buttons under it. Sized for a 1366x768 laptop, and larger in proportion to the font on a
 * larger screen.
 */
public final class SetupView {

    /** The scene's size at the 13px font of a 1366x768 screen. */
    static final double WIDTH = 800;
    static final double HEIGHT = 540;

    private final SetupViewModel<?> vm;
    private final Messages msg;
    private final BorderPane root = new BorderPane();
    private final StackPane page = new StackPane();
    private final Label[] steps = new Label[2];
    private final Node townshipPage;
    private final Node startPage;
    /** Where the keyboard is when each page opens. */
    private Node townshipFocus;
    private Node startFocus;
    private final Runnable quit;

    /** {@code quit}: closes the window (the console then ends). */
    public SetupView(SetupViewModel<?> vm, Messages msg, Runnable quit) {
        this.vm = vm;
        this.msg = msg;
        this.quit = quit;
        root.setId("setup-root");
        root.getStyleClass().add("setup");
        root.setTop(header());
        townshipPage = townshipPage();
        startPage = startPage();
        page.setPadding(new Insets(18, 28, 8, 28));
        root.setCenter(page);
        root.setBottom(new VBox(MessageLine.error("setup-error", vm.errorProperty(), msg)));
        BorderPane.setMargin(root.getBottom(), new Insets(0, 28, 14, 28));
        vm.pageProperty().addListener((o, a, b) -> showPage());
        showPage();
    }

    public Parent root() {
        return root;
    }

    /** Puts the set-up on {@code stage}, centred on the screen, and shows it. */
    public void show(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Styles.apply(root, screen.getWidth());
        double scale = CjkFont.fontSizeFor(screen.getWidth()) / CjkFont.fontSizeFor(1366);
        Scene scene = new Scene(root, Math.min(WIDTH * scale, screen.getWidth()),
                Math.min(HEIGHT * scale, screen.getHeight() - 40));
        stage.setScene(scene);
        stage.setTitle(msg.format("app.title", msg.get("app.name"), msg.get("setup.title")));
        stage.centerOnScreen();
        stage.show();
    }

    // ---- frame

    private Node header() {
        Label app = new Label(msg.get("app.name"));
        app.getStyleClass().add("setup-app-name");
        Label title = new Label(msg.get("setup.title"));
        title.getStyleClass().add("setup-title");
        HBox stepBox = new HBox(16);
        stepBox.setAlignment(Pos.CENTER_RIGHT);
        String[] keys = {"setup.step.township", "setup.step.start"};
        for (int i = 0; i < keys.length; i++) {
            steps[i] = new Label(msg.format(keys[i], i + 1));
            steps[i].setMinWidth(Region.USE_PREF_SIZE);
            steps[i].getStyleClass().add("setup-step");
            stepBox.getChildren().add(steps[i]);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, app, title, spacer, stepBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("setup-header");
        return bar;
    }

    private void showPage() {
        SetupViewModel.Page p = vm.pageProperty().get();
        page.getChildren().setAll(p == SetupViewModel.Page.TOWNSHIP ? townshipPage : startPage);
        (p == SetupViewModel.Page.TOWNSHIP ? townshipFocus : startFocus).requestFocus();
        for (int i = 0; i < steps.length; i++) {
            steps[i].getStyleClass().remove("setup-step-current");
            if (i == p.ordinal()) {
                steps[i].getStyleClass().add("setup-step-current");
            }
        }
    }

    // ---- page 1: the township

    private Node townshipPage() {
        Label intro = new Label(msg.get("setup.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("setup-intro");

        TextField code = new TextField();
        code.setId("setup-code");
        townshipFocus = code;
        code.setPromptText(msg.get("setup.code.prompt"));
        code.textProperty().bindBidirectional(vm.codeProperty());
        code.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.codeEntered();
            }
        });
        Label codeHint = muted(msg.get("setup.code.hint"));
        TextField name = new TextField();
        name.setId("setup-name");
        name.setPromptText(msg.get("setup.name.prompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());

        ToggleGroup ages = new ToggleGroup();
        HBox ageChoices = new HBox(24);
        for (Integer age : vm.ageLowerBounds()) {
            RadioButton r = new RadioButton(msg.format("setup.age.option", age));
            r.setId("setup-age-" + age);
            r.setUserData(age);
            r.setToggleGroup(ages);
            r.setMinWidth(Region.USE_PREF_SIZE);
            r.setSelected(age.equals(vm.ageLowerBoundProperty().get()));
            ageChoices.getChildren().add(r);
        }
        ages.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                ages.selectToggle(a); // one bound is always chosen
            } else {
                vm.ageLowerBoundProperty().set((Integer) b.getUserData());
            }
        });
        Label ageHint = muted(msg.get("setup.age.hint"));

        PasswordField passphrase = new PasswordField();
        passphrase.setId("setup-key-passphrase");
        passphrase.setPromptText(msg.format("setup.keys.prompt", PassphraseRule.KEY_FOLDER.minLength()));
        passphrase.textProperty().bindBidirectional(vm.keyPassphraseProperty());
        PasswordField again = new PasswordField();
        again.setId("setup-key-passphrase-again");
        again.textProperty().bindBidirectional(vm.keyPassphraseAgainProperty());
        Label keysHint = muted(msg.get("setup.keys.hint"));

        GridPane form = new GridPane();
        form.setHgap(14);
        form.setVgap(4);
        form.getColumnConstraints().addAll(labelColumn(), fieldColumn());
        form.addRow(0, formLabel("setup.code", code), FieldMessage.wrap("setup-code-message", code,
                vm.codeErrorProperty(), msg));
        form.add(codeHint, 1, 1);
        form.addRow(2, formLabel("setup.name", name), FieldMessage.wrap("setup-name-message", name,
                vm.nameErrorProperty(), msg));
        Label ageLabel = new Label(msg.get("setup.age"));
        ageLabel.setMinWidth(Region.USE_PREF_SIZE);
        form.addRow(3, ageLabel, ageChoices);
        form.add(ageHint, 1, 4);
        Label keysLabel = formLabel("setup.keys", passphrase);
        form.addRow(5, keysLabel, passphrase);
        form.addRow(6, formLabel("setup.keys.again", again), FieldMessage.wrap("setup-key-passphrase-message", again,
                vm.keyPassphraseErrorProperty(), msg));
        form.add(keysHint, 1, 7);
        GridPane.setMargin(keysLabel, new Insets(12, 0, 0, 0));
        GridPane.setMargin(passphrase, new Insets(12, 0, 0, 0));
        GridPane.setMargin(codeHint, new Insets(0, 0, 10, 0));
        GridPane.setMargin(ageLabel, new Insets(12, 0, 0, 0));
        GridPane.setMargin(ageChoices, new Insets(12, 0, 0, 0));

        Hyperlink demo = new Hyperlink(msg.get("setup.demo"));
        demo.setId("setup-demo");
        demo.setMinWidth(Region.USE_PREF_SIZE);
        demo.disableProperty().bind(vm.busyProperty());
        demo.setOnAction(e -> vm.start(SetupViewModel.Start.DEMO));
        Label demoHint = muted(msg.get("setup.demo.hint"));
        VBox demoBox = new VBox(0, demo, demoHint);
        demoBox.getStyleClass().add("setup-demo-box");

        Button next = new Button(msg.get("setup.next"));
        next.setId("setup-next");
        next.setDefaultButton(true);
        next.getStyleClass().add("accent");
        next.disableProperty().bind(vm.busyProperty());
        next.setOnAction(e -> vm.next());
        HBox buttons = bar(new Node[] {working()}, quitButton(), next);

        VBox box = new VBox(14, intro, form, grow(), demoBox, buttons);
        box.setFillWidth(true);
        return box;
    }

    // ---- page 2: how to begin

    private Node startPage() {
        Label summary = new Label();
        summary.setId("setup-summary");
        summary.getStyleClass().add("section-title");
        summary.setWrapText(true);
        vm.pageProperty().addListener((o, a, b) -> summary.setText(msg.text(vm.summary())));
        Label question = new Label(msg.get("setup.start.question"));
        question.setWrapText(true);

        VBox importSheet = option("setup-import", "setup.start.import", "setup.start.import.hint",
                SetupViewModel.Start.IMPORT_SHEET);
        startFocus = importSheet.getChildren().get(0);
        startFocus.getStyleClass().add("accent");
        VBox empty = option("setup-empty", "setup.start.empty", "setup.start.empty.hint",
                SetupViewModel.Start.EMPTY);

        Label file = muted(msg.format("setup.file", vm.ledgerFile().toString()));
        file.setId("setup-file");

        Button back = new Button(msg.get("setup.back"));
        back.setId("setup-back");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.disableProperty().bind(vm.busyProperty());
        back.setOnAction(e -> vm.back());
        HBox buttons = bar(new Node[] {back, working()}, quitButton());

        VBox box = new VBox(12, summary, question, importSheet, empty, file, grow(), buttons);
        box.setFillWidth(true);
        return box;
    }

    /** A card: the button that begins this way, and a line under it that says what it does. */
    private VBox option(String id, String titleKey, String hintKey, SetupViewModel.Start start) {
        Button b = new Button(msg.get(titleKey));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().add("setup-option-button");
        b.disableProperty().bind(vm.busyProperty());
        b.setOnAction(e -> vm.start(start));
        Label hint = muted(msg.get(hintKey));
        VBox card = new VBox(8, b, hint);
        card.getStyleClass().add("setup-option");
        return card;
    }

    // ---- parts

    /** "Creating the ledger…" or "Preparing the demo…" while the work runs; no room otherwise. */
    private Node working() {
        ProgressIndicator spin = new ProgressIndicator();
        spin.setPrefSize(18, 18);
        Label what = new Label();
        what.textProperty().bind(Bindings.createStringBinding(() -> {
            SetupViewModel.Start s = vm.workingProperty().get();
            return s == null ? "" : msg.get(s == SetupViewModel.Start.DEMO ? "setup.working.demo"
                    : "setup.working.create");
        }, vm.workingProperty()));
        HBox box = new HBox(8, spin, what);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("setup-working");
        box.visibleProperty().bind(vm.busyProperty());
        return box;
    }

    private Button quitButton() {
        Button b = new Button(msg.get("setup.quit"));
        b.setId("setup-quit");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(vm.busyProperty());
        b.setOnAction(e -> quit.run());
        return b;
    }

    /** {@code left} from the left edge, {@code right} at the right edge. */
    private static HBox bar(Node[] left, Node... right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, left);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().add(spacer);
        bar.getChildren().addAll(right);
        return bar;
    }

    private static Region grow() {
        Region r = new Region();
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    private Label formLabel(String key, Node field) {
        Label l = new Label(msg.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(field);
        GridPane.setValignment(l, VPos.TOP);
        l.setPadding(new Insets(4, 0, 0, 0));
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }

    private static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static ColumnConstraints fieldColumn() {
        ColumnConstraints c = new ColumnConstraints(200, 420, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
