package io.guankou.desktop.ledger;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.TierChip;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.ModalWindow;
import io.guankou.desktop.ui.Styles;
import io.guankou.desktop.ui.FormGrid;
import io.guankou.desktop.ui.Choice;
import io.guankou.model.org.FamilyDoctorTeam;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.PersonChange;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import io.guankou.model.person.Tier;
import io.guankou.model.tier.TierAssessment;
import io.guankou.model.person.TierOverride;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;

/**
 * The person form: every ledger field, a message at each invalid field ({@link FieldMessage}), the live
 * computed tier, the override and the history.
 */
public final class PersonFormDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PersonFormViewModel vm;
    private final Messages msg;
    private final ModalWindow window;
    private final Stage stage;
    private final TabPane tabs;

    public PersonFormDialog(PersonFormViewModel vm, Messages msg, Window owner) {
        this.vm = vm;
        this.msg = msg;
        BorderPane root = new BorderPane();
        root.getStyleClass().add("person-form");
        root.setPadding(new Insets(10));
        root.setTop(tierHeader());
        tabs = new TabPane(
                tab("form.tab.basic", basicTab()),
                tab("form.tab.health", healthTab()),
                tab("form.tab.tier", tierTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        window = new ModalWindow(owner, msg.get(vm.isNew() ? "form.title.add" : "form.title.edit"), root, 860, 640);
        stage = window.stage();
        root.setBottom(buttons());
        stage.setMinWidth(720);
        stage.setMinHeight(520);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** Adds a section owned by another feature (the person's contacts) as the last tab. */
    public void addTab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId("form-tab-extra-" + tabs.getTabs().size());
        tabs.getTabs().add(t);
    }

    // ---- header: computed tier and points

    private Node tierHeader() {
        Label chip = new Label();
        chip.setId("form-tier");
        Label breakdown = new Label();
        breakdown.setId("form-tier-breakdown");
        breakdown.setWrapText(true);
        Runnable update = () -> {
            TierAssessment a = vm.assessmentProperty().get();
            if (a == null) {
                return;
            }
            TierChip.update(chip, msg, a.tier(), false);
            breakdown.setText(msg.format("form.tier.breakdown", a.score(), a.agePoints(), a.comorbidityPoints(),
                    a.vaccinationPoints()));
        };
        vm.assessmentProperty().addListener((o, a, b) -> update.run());
        update.run();
        Label caption = new Label(msg.get("form.tier.computed"));
        Label effective = new Label();
        effective.setId("form-tier-override");
        Runnable updateOverride = () -> effective.setText(vm.overrideEnabledProperty().get()
                && vm.overrideTierProperty().get() != null
                ? msg.format("form.tier.overridden", msg.label(vm.overrideTierProperty().get())) : "");
        vm.overrideEnabledProperty().addListener((o, a, b) -> updateOverride.run());
        vm.overrideTierProperty().addListener((o, a, b) -> updateOverride.run());
        updateOverride.run();
        effective.getStyleClass().add("override-note");
        HBox box = new HBox(10, caption, chip, breakdown, effective);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private Tab tab(String key, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return new Tab(msg.get(key), scroll);
    }

    // ---- basic data

    private Node basicTab() {
        GridPane g = form();
        TextField name = text("form-name", vm.nameProperty());
        TextField id = text("form-resident-id", vm.residentIdProperty());
        id.setPromptText(msg.get("form.residentIdPrompt"));
        ComboBox<Sex> sex = enumCombo("form-sex", Sex.values(), vm.sexProperty());
        DatePicker birth = date("form-birth-date", vm.birthDateProperty());
        TextField phone = text("form-phone", vm.phoneProperty());
        TextField emergencyName = text("form-emergency-name", vm.emergencyNameProperty());
        TextField emergencyPhone = text("form-emergency-phone", vm.emergencyPhoneProperty());
        ComboBox<Choice<Long>> village = idCombo("form-village", vm.villageIdProperty(), false);
        village.getItems().setAll(choices(vm.lists().villages(), Village::id, Village::name, false));
        select(village, vm.villageIdProperty().get());
        ComboBox<Choice<Long>> grid = idCombo("form-grid", vm.gridIdProperty(), true);
        Runnable fillGrids = () -> {
            grid.getItems().setAll(choices(vm.lists().gridsOf(vm.villageIdProperty().get()), Grid::id, Grid::name,
                    true));
            select(grid, vm.gridIdProperty().get());
        };
        vm.villageIdProperty().addListener((o, a, b) -> fillGrids.run());
        fillGrids.run();
        TextField address = text("form-address", vm.addressProperty());
        ComboBox<Choice<Long>> team = idCombo("form-team", vm.teamIdProperty(), true);
        Runnable fillTeams = () -> {
            team.getItems().setAll(choices(vm.lists().teamsOf(vm.villageIdProperty().get()), ResponsibilityTeam::id,
                    ResponsibilityTeam::name, true));
            select(team, vm.teamIdProperty().get());
        };
        vm.villageIdProperty().addListener((o, a, b) -> fillTeams.run());
        fillTeams.run();
        ComboBox<Choice<Long>> doctor = idCombo("form-doctor-team", vm.doctorTeamIdProperty(), true);
        doctor.getItems().setAll(choices(vm.lists().doctorTeams(), FamilyDoctorTeam::id, FamilyDoctorTeam::name,
                true));
        select(doctor, vm.doctorTeamIdProperty().get());
        DatePicker contract = date("form-contract-date", vm.contractDateProperty());
        contract.disableProperty().bind(vm.doctorTeamIdProperty().isNull());

        int r = 0;
        row(g, r++, "form.name", field(FormField.NAME, name), "form.residentId", field(FormField.RESIDENT_ID, id));
        row(g, r++, "form.sex", field(FormField.SEX, sex), "form.birthDate", field(FormField.BIRTH_DATE, birth));
        row(g, r++, "form.phone", field(FormField.PHONE, phone), null, null);
        row(g, r++, "form.emergencyName", emergencyName, "form.emergencyPhone",
                field(FormField.EMERGENCY_PHONE, emergencyPhone));
        row(g, r++, "form.village", field(FormField.VILLAGE, village), "form.grid", grid);
        g.add(label("form.address"), 0, r);
        g.add(address, 1, r++, 3, 1);
        row(g, r++, "form.team", team, "form.doctorTeam", doctor);
        row(g, r, "form.contractDate", field(FormField.CONTRACT_DATE, contract), null, null);

        Label idWarning = new Label();
        idWarning.getStyleClass().add("field-warning");
        idWarning.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.idWarningProperty().get() == null ? "" : msg.get(vm.idWarningProperty().get()),
                vm.idWarningProperty()));
        VBox box = new VBox(6, g, idWarning);
        box.setPadding(new Insets(10));
        return box;
    }

    // ---- health

    private Node healthTab() {
        GridPane g = form();
        FlowPane living = new FlowPane(12, 6);
        for (LivingSituation l : LivingSituation.values()) {
            CheckBox c = new CheckBox(msg.label(l));
            c.setId("form-living-" + l.name());
            c.selectedProperty().bindBidirectional(vm.livingProperty(l));
            living.getChildren().add(c);
        }
        ComboBox<Mobility> mobility = enumCombo("form-mobility", Mobility.values(), vm.mobilityProperty());

        GridPane diseases = new GridPane();
        diseases.setHgap(8);
        diseases.setVgap(4);
        Disease[] all = Disease.values();
        int half = (all.length + 1) / 2;
        for (int i = 0; i < all.length; i++) {
            Disease d = all[i];
            CheckBox has = new CheckBox(msg.label(d));
            has.setId("form-disease-" + d.name());
            has.selectedProperty().bindBidirectional(vm.diseaseProperty(d));
            ComboBox<Control> control = enumCombo("form-control-" + d.name(), Control.values(), vm.controlProperty(d));
            control.disableProperty().bind(has.selectedProperty().not());
            int col = i < half ? 0 : 2;
            diseases.add(has, col, i % half);
            diseases.add(control, col + 1, i % half);
        }

        ComboBox<Vaccination> vaccination = enumCombo("form-vaccination", Vaccination.values(),
                vm.vaccinationProperty());
        ComboBox<InfectionState> infection = enumCombo("form-infection", InfectionState.values(),
                vm.infectionProperty());
        DatePicker infectionDate = date("form-infection-date", vm.infectionDateProperty());
        infectionDate.disableProperty().bind(vm.infectionProperty().isEqualTo(InfectionState.NEVER));
        CheckBox pregnant = new CheckBox(msg.get("form.pregnant"));
        pregnant.setId("form-pregnant");
        pregnant.selectedProperty().bindBidirectional(vm.pregnantProperty());
        TextField oximeter = text("form-oximeter", vm.oximeterSerialProperty());
        DatePicker pack = date("form-health-pack", vm.healthPackIssuedProperty());

        int r = 0;
        g.add(label("form.living"), 0, r);
        g.add(living, 1, r++, 3, 1);
        row(g, r++, "form.mobility", mobility, "form.vaccination", vaccination);
        g.add(label("form.comorbidities"), 0, r);
        g.add(diseases, 1, r++, 3, 1);
        row(g, r++, "form.infection", infection, "form.infectionDate", field(FormField.INFECTION_DATE, infectionDate));
        row(g, r++, "form.oximeter", oximeter, "form.healthPack", field(FormField.HEALTH_PACK, pack));
        g.add(pregnant, 1, r);
        VBox box = new VBox(g);
        box.setPadding(new Insets(10));
        return box;
    }

    // ---- tier, override, history

    private Node tierTab() {
        CheckBox enabled = new CheckBox(msg.get("form.override.enabled"));
        enabled.setId("form-override");
        enabled.selectedProperty().bindBidirectional(vm.overrideEnabledProperty());
        ComboBox<Tier> tier = enumCombo("form-override-tier", Tier.values(), vm.overrideTierProperty());
        TextField reason = text("form-override-reason", vm.overrideReasonProperty());
        tier.disableProperty().bind(enabled.selectedProperty().not());
        reason.disableProperty().bind(enabled.selectedProperty().not());
        TierOverride stored = vm.storedOverride();
        Label by = new Label(stored == null ? msg.format("form.override.byNew", vm.userName())
                : msg.format("form.override.by", stored.by(), WHEN.format(stored.at().atZone(vm.zone()))));
        by.getStyleClass().add("muted");

        GridPane g = form();
        g.add(enabled, 0, 0, 4, 1);
        row(g, 1, "form.override.tier", tier, null, null);
        g.add(label("form.override.reason"), 0, 2);
        g.add(field(FormField.OVERRIDE_REASON, reason), 1, 2, 3, 1);
        g.add(by, 1, 3, 3, 1);

        ListView<PersonChange> history = new ListView<>(vm.history());
        history.setId("form-history");
        history.setPlaceholder(new Label(msg.get("form.history.empty")));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonChange c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : historyLine(c));
            }
        });
        history.setPrefHeight(220);
        VBox.setVgrow(history, Priority.ALWAYS);
        VBox box = new VBox(10, g, new Label(msg.get("form.history")), history);
        box.setPadding(new Insets(10));
        return box;
    }

    private String historyLine(PersonChange c) {
        HistoryText t = new HistoryText(msg, vm.lists());
        String when = WHEN.format(c.changedAt().atZone(vm.zone()));
        if (c.oldValue() == null && HistoryText.CREATED.equals(c.field())) {
            // created by an import: one line saying from where, not a change from "empty"
            return msg.format("form.history.createdLine", when, c.changedBy(), t.value(c.field(), c.newValue()));
        }
        return msg.format("form.history.line", when, c.changedBy(), t.field(c.field()),
                t.value(c.field(), c.oldValue()), t.value(c.field(), c.newValue()));
    }

    // ---- buttons

    private Node buttons() {
        Label error = MessageLine.error("form-save-error", vm.saveErrorProperty(), msg);
        Button save = new Button(msg.get("form.save"));
        save.setId("form-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.validProperty().not().or(vm.savingProperty()));
        save.setOnAction(e -> vm.save(stage::close));
        Button cancel = new Button(msg.get("form.cancel"));
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, error, spacer, save, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    // ---- validation display

    /** The control with its message line underneath. */
    private Node field(FormField f, javafx.scene.control.Control control) {
        String id = "error-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return FieldMessage.wrap(id, control, javafx.beans.binding.Bindings.createObjectBinding(() -> {
            String key = vm.errors().get(f);
            return key == null ? null : Msg.of(key);
        }, vm.errors()), msg);
    }

    // ---- small builders

    private GridPane form() {
        return FormGrid.twoPairs(10, 8, 160, 240);
    }

    private void row(GridPane g, int r, String k1, Node n1, String k2, Node n2) {
        g.add(label(k1), 0, r);
        g.add(n1, 1, r);
        if (k2 != null) {
            g.add(label(k2), 2, r);
            g.add(n2, 3, r);
        }
    }

    private Label label(String key) {
        Label l = new Label(msg.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(property);
        t.setMaxWidth(Double.MAX_VALUE);
        return t;
    }

    private DatePicker date(String id, ObjectProperty<java.time.LocalDate> property) {
        DatePicker d = new DatePicker();
        d.setId(id);
        d.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        d.setPromptText(msg.get("form.datePrompt"));
        d.valueProperty().bindBidirectional(property);
        d.setMaxWidth(Double.MAX_VALUE);
        return d;
    }

    private <E extends Enum<E>> ComboBox<E> enumCombo(String id, E[] values, ObjectProperty<E> property) {
        return EnumChoices.combo(id, List.of(values), property, msg::label);
    }

    private ComboBox<Choice<Long>> idCombo(String id, ObjectProperty<Long> property, boolean optional) {
        ComboBox<Choice<Long>> c = new ComboBox<>();
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        c.valueProperty().addListener((o, a, b) -> {
            Long v = b == null ? null : b.value();
            if (!Objects.equals(property.get(), v)) {
                property.set(v);
            }
        });
        property.addListener((o, a, b) -> select(c, b));
        return c;
    }

    private static void select(ComboBox<Choice<Long>> combo, Long value) {
        if (combo.getValue() != null && combo.getValue().is(value)) {
            return;
        }
        combo.getItems().stream().filter(ch -> ch.is(value)).findFirst().ifPresentOrElse(combo::setValue,
                () -> combo.setValue(null));
    }

    private <T> List<Choice<Long>> choices(List<T> items, Function<T, Long> id, Function<T, String> label,
                                           boolean withNone) {
        List<Choice<Long>> out = new ArrayList<>();
        if (withNone) {
            out.add(new Choice<>(null, msg.get("form.none")));
        }
        for (T item : items) {
            out.add(new Choice<>(id.apply(item), label.apply(item)));
        }
        return out;
    }
}
