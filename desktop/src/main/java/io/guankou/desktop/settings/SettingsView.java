package io.guankou.desktop.settings;

import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.settings.RecomputeResult;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Language, ledger age bound, the editable tier rule table, and contact targets and referral rules; binds to
 * {@link SettingsViewModel}. Scrolls, so every section stays reachable on a 1366x768 screen.
 */
public final class SettingsView extends ScrollPane {

    private final SettingsViewModel vm;
    private final Messages msg;
    /** Bidirectional bindings hold their ends weakly: keep the adapters alive as long as the view. */
    private final List<ObjectProperty<Integer>> adapters = new ArrayList<>();
    private final GridPane bandsGrid = new GridPane();

    public SettingsView(SettingsViewModel vm, Messages msg) {
        this.vm = vm;
        this.msg = msg;
        getStyleClass().add("settings-view");
        setFitToWidth(true);
        VBox content = new VBox(16, languageSection(),
                new LoadFailureBar("settings-load-failure", vm.state(), msg, vm::load), rulesSection(),
                new LoadFailureBar("followup-load-failure", vm.followUp().state(), msg, vm.followUp()::load),
                new FollowUpSettingsPane(vm.followUp(), msg));
        content.setPadding(new Insets(8, 16, 16, 8));
        setContent(content);
    }

    private Node languageSection() {
        ComboBox<Language> language = EnumChoices.combo("settings-language", Language.class, vm.languageProperty(), msg);
        language.setMaxWidth(Region.USE_PREF_SIZE);
        Label note = new NoticeLabel("settings-language-notice", vm.languageNoticeProperty(), msg);
        HBox row = new HBox(10, new Label(msg.get("settings.language")), language, note);
        row.setAlignment(Pos.CENTER_LEFT);
        return section("settings.section.general", row);
    }

    private Node rulesSection() {
        ComboBox<Integer> bound = new ComboBox<>();
        bound.setId("settings-age-bound");
        bound.getItems().setAll(SettingsViewModel.AGE_LOWER_BOUNDS);
        bound.valueProperty().bindBidirectional(vm.ageLowerBoundProperty());
        HBox boundRow = new HBox(10, new Label(msg.get("settings.ageLowerBound")), bound);
        boundRow.setAlignment(Pos.CENTER_LEFT);

        bandsGrid.setHgap(10);
        bandsGrid.setVgap(6);
        vm.ageBands().addListener((ListChangeListener<SettingsViewModel.AgeBandRow>) c -> fillBands());
        fillBands();
        Button addBand = new Button(msg.get("settings.ageBand.add"));
        addBand.setOnAction(e -> vm.addAgeBand());

        GridPane points = new GridPane();
        points.setHgap(10);
        points.setVgap(6);
        points.addRow(0, new Label(), header("settings.points.none"), header("settings.points.stable"),
                header("settings.points.unstable"));
        points.addRow(1, new Label(msg.get("settings.comorbidity")), spinner(vm.comorbidityNoneProperty(), "c-none"),
                spinner(vm.comorbidityStableProperty(), "c-stable"),
                spinner(vm.comorbidityUnstableProperty(), "c-unstable"));
        points.addRow(2, new Label(), header("settings.points.complete"), header("settings.points.incomplete"),
                header("settings.points.unvaccinated"));
        points.addRow(3, new Label(msg.get("settings.vaccination")),
                spinner(vm.vaccinationCompleteProperty(), "v-complete"),
                spinner(vm.vaccinationIncompleteProperty(), "v-incomplete"),
                spinner(vm.vaccinationNoneProperty(), "v-none"));

        GridPane bands = new GridPane();
        bands.setHgap(10);
        bands.setVgap(6);
        Spinner<Integer> green = scoreSpinner(vm.greenMaxProperty(), "green-max");
        Spinner<Integer> yellow = scoreSpinner(vm.yellowMaxProperty(), "yellow-max");
        bands.addRow(0, new Label(msg.get("settings.greenMax")), green);
        bands.addRow(1, new Label(msg.get("settings.yellowMax")), yellow);
        Label redNote = new Label();
        redNote.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("settings.redFrom", vm.yellowMaxProperty().get() + 1), vm.yellowMaxProperty()));
        bands.add(redNote, 1, 2);

        CheckBox pregnant = new CheckBox(msg.get("settings.pregnantIsRed"));
        pregnant.selectedProperty().bindBidirectional(vm.pregnantIsRedProperty());

        Button apply = new Button(msg.get("settings.apply"));
        apply.setId("settings-apply");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(vm.busyProperty().or(vm.state().readyProperty().not()));
        apply.setOnAction(e -> vm.apply());
        Button defaults = new Button(msg.get("settings.defaults"));
        defaults.disableProperty().bind(vm.busyProperty());
        defaults.setOnAction(e -> vm.resetToDefaults());
        ProgressBar progress = new ProgressBar();
        progress.setId("settings-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        Button cancel = new Button(msg.get("settings.recompute.cancel"));
        cancel.setId("settings-cancel");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label result = new Label();
        result.setId("settings-result");
        result.textProperty().bind(Bindings.createStringBinding(() -> {
            RecomputeResult r = vm.lastResultProperty().get();
            if (vm.rulesErrorProperty().get() != null) {
                return msg.text(vm.rulesErrorProperty().get());
            }
            if (vm.cancelledProperty().get()) {
                return msg.get(SettingsViewModel.CANCELLED_KEY);
            }
            return r == null ? "" : msg.format("settings.recomputed", r.changed(), r.persons());
        }, vm.lastResultProperty(), vm.rulesErrorProperty(), vm.cancelledProperty()));
        HBox actions = new HBox(10, apply, defaults, progress, cancel, result);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label explain = new Label(msg.get("settings.rules.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        return section("settings.section.rules", boundRow, explain,
                new Label(msg.get("settings.ageBands")), bandsGrid, addBand, points, bands, pregnant, actions);
    }

    private void fillBands() {
        bandsGrid.getChildren().clear();
        bandsGrid.addRow(0, header("settings.ageBand.from"), header("settings.ageBand.points"));
        int r = 1;
        for (SettingsViewModel.AgeBandRow row : vm.ageBands()) {
            Spinner<Integer> from = new Spinner<>(0, TierRules.MAX_AGE, row.fromAgeProperty().get());
            bind(from, row.fromAgeProperty());
            from.setDisable(r == 1); // the first band always starts at 0
            Spinner<Integer> points = new Spinner<>(0, TierRules.MAX_POINTS, row.pointsProperty().get());
            bind(points, row.pointsProperty());
            from.setPrefWidth(90);
            points.setPrefWidth(80);
            Button remove = new Button(msg.get("settings.ageBand.remove"));
            remove.setDisable(r == 1);
            remove.setOnAction(e -> vm.removeAgeBand(row));
            bandsGrid.addRow(r++, from, points, remove);
        }
    }

    private Label header(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("muted");
        return l;
    }

    /** Points of one factor: 0 to {@link TierRules#MAX_POINTS}. */
    private Spinner<Integer> spinner(IntegerProperty p, String id) {
        return spinner(p, id, TierRules.MAX_POINTS);
    }

    /** A band limit on the total score: 0 to {@link TierRules#MAX_SCORE}. */
    private Spinner<Integer> scoreSpinner(IntegerProperty p, String id) {
        return spinner(p, id, TierRules.MAX_SCORE);
    }

    private Spinner<Integer> spinner(IntegerProperty p, String id, int max) {
        Spinner<Integer> s = new Spinner<>(0, max, p.get());
        s.setId("settings-" + id);
        s.setPrefWidth(80);
        bind(s, p);
        return s;
    }

    private void bind(Spinner<Integer> s, IntegerProperty p) {
        s.setEditable(true);
        ObjectProperty<Integer> adapter = p.asObject();
        adapters.add(adapter);
        s.getValueFactory().valueProperty().bindBidirectional(adapter);
    }

    private Node section(String titleKey, Node... children) {
        Label title = new Label(msg.get(titleKey));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(10);
        box.getChildren().add(title);
        box.getChildren().addAll(children);
        box.getStyleClass().add("section");
        return box;
    }
}
