package io.guankou.desktop.settings;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.followup.ContactTarget;
import io.guankou.model.referral.ReferralRules;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The "contacts and referrals" section of Settings; binds to {@link FollowUpSettingsViewModel}. */
public final class FollowUpSettingsPane extends VBox {

    private final FollowUpSettingsViewModel vm;
    private final Messages msg;
    /** Bidirectional bindings hold their ends weakly: keep the adapters alive as long as the pane. */
    private final List<ObjectProperty<Integer>> adapters = new ArrayList<>();

    public FollowUpSettingsPane(FollowUpSettingsViewModel vm, Messages msg) {
        super(10);
        this.vm = vm;
        this.msg = msg;
        setId("followup-settings");
        getStyleClass().add("section");
        Label title = new Label(msg.get("followup.settings.title"));
        title.getStyleClass().add("section-title");
        Label explain = new Label(msg.get("followup.settings.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        getChildren().addAll(title, explain, targetsGrid(), referralGrid(), actions());
    }

    private GridPane targetsGrid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        g.addRow(0, header("followup.settings.group"), header("followup.settings.perWeek"),
                header("followup.settings.interval"));
        int r = 1;
        for (FollowUpSettingsViewModel.TargetRow row : vm.rows()) {
            String id = row.group().name();
            Spinner<Integer> perWeek = spinner(row.perWeekProperty(), "followup-perweek-" + id, 0,
                    ContactTarget.MAX_PER_WEEK);
            Spinner<Integer> interval = spinner(row.intervalHoursProperty(), "followup-interval-" + id, 0,
                    ContactTarget.MAX_INTERVAL_HOURS);
            Label days = hoursText(row.intervalHoursProperty(), "followup-interval-days-" + id);
            g.addRow(r++, new Label(msg.label(row.group())), perWeek, interval, days);
        }
        return g;
    }

    private GridPane referralGrid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        Spinner<Integer> spo2 = spinner(vm.spo2ThresholdProperty(), "followup-spo2",
                ReferralRules.MIN_SPO2_THRESHOLD, ReferralRules.MAX_SPO2_THRESHOLD);
        Label spo2Note = new Label();
        spo2Note.getStyleClass().add("muted");
        spo2Note.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("followup.settings.spo2.note", vm.spo2ThresholdProperty().get()),
                vm.spo2ThresholdProperty()));
        Spinner<Integer> stale = spinner(vm.staleAfterHoursProperty(), "followup-stale", 1,
                ReferralRules.MAX_STALE_AFTER_HOURS);
        g.addRow(0, new Label(msg.get("followup.settings.spo2")), spo2, spo2Note);
        g.addRow(1, new Label(msg.get("followup.settings.stale")), stale,
                hoursText(vm.staleAfterHoursProperty(), "followup-stale-days"));
        return g;
    }

    private HBox actions() {
        Button apply = new Button(msg.get("followup.settings.apply"));
        apply.setId("followup-apply");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(vm.busyProperty().or(vm.state().readyProperty().not()));
        apply.setOnAction(e -> vm.apply());
        Button defaults = new Button(msg.get("followup.settings.defaults"));
        defaults.setId("followup-defaults");
        defaults.disableProperty().bind(vm.busyProperty());
        defaults.setOnAction(e -> vm.resetToDefaults());
        Label status = new NoticeLabel("followup-status", vm.noticeProperty(), msg);
        HBox box = new HBox(10, apply, defaults, status);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** "56 hours (2.3 days)": targets are set in hours, but offices think of them in days. */
    private Label hoursText(IntegerProperty hours, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("muted");
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            int h = hours.get();
            return h == 0 ? msg.get("followup.settings.off") : msg.format("followup.settings.hoursDays", h, h / 24.0);
        }, hours));
        return l;
    }

    private Label header(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("muted");
        return l;
    }

    private Spinner<Integer> spinner(IntegerProperty p, String id, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.max(min, Math.min(max, p.get())));
        s.setId(id);
        s.setPrefWidth(90);
        s.setEditable(true);
        // digits only: a letter typed into the field would make the spinner's converter throw on commit
        s.getEditor().setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        ObjectProperty<Integer> adapter = p.asObject();
        adapters.add(adapter);
        s.getValueFactory().valueProperty().bindBidirectional(adapter);
        return s;
    }
}
