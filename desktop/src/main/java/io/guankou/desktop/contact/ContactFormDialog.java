package io.guankou.desktop.contact;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.FormGrid;
import io.guankou.desktop.ui.TierChip;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.ModalWindow;
import io.guankou.model.contact.AntigenResult;
import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactField;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.contact.Need;
import io.guankou.model.contact.Symptom;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.InfectionEpisode;
import io.guankou.persistence.contact.SavedContact;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The contact form, built for a round of calls by keyboard: the fields in the order a call goes, Enter saves
 * from anywhere (Ctrl+Enter inside the note), Esc closes, Alt+letter jumps to a field. After a save with a
 * {@code next} function the next person comes up with the focus on the first field. A referral notice is a
 * red banner that stays until the next save; when there is no next person it keeps the dialog open with
 * Close focused, so a referral is never saved "silently".
 */
public final class ContactFormDialog {


    private final ContactFormViewModel vm;
    private final Messages msg;
    private final Function<Long, Optional<LedgerEntry>> next;
    private final Consumer<SavedContact> onSaved;
    private Stage stage;
    /** The round is over (no next person) but a notice must stay readable: fields off, Close focused. */
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private final DatePicker date = new DatePicker();
    private final Button save = new Button();
    private final Button close = new Button();

    public ContactFormDialog(ContactFormViewModel vm, Messages msg, Window owner,
                             Function<Long, Optional<LedgerEntry>> next, Consumer<SavedContact> onSaved) {
        this.vm = vm;
        this.msg = msg;
        this.next = next;
        this.onSaved = onSaved == null ? s -> { } : onSaved;
        Node form = form();
        form.disableProperty().bind(finished);
        VBox root = new VBox(8, header(), new LoadFailureBar("contact-load-failure", vm.state(), msg, vm::retryLoad),
                notice(), form, warning(), buttons());
        root.getStyleClass().add("contact-form");
        root.setPadding(new Insets(10));
        ModalWindow window = new ModalWindow(owner, msg.get("contact.title"), root, 740, Region.USE_COMPUTED_SIZE);
        stage = window.stage();
        if (vm.personProperty().get() != null) {
            stage.setTitle(msg.format("contact.titleFor", vm.personProperty().get().name()));
        }
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.setMinWidth(640);
        stage.setOnShown(e -> focusFirst());
    }

    public void show() {
        stage.show();
    }

    /** Lines that come and go (notice, warning, history) change the height: the window follows. */
    private void fit() {
        Platform.runLater(() -> {
            if (stage.isShowing()) {
                stage.sizeToScene();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    // ---- keyboard

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && !popupShowing()) {
            stage.close();
            e.consume();
            return;
        }
        if (e.getCode() != KeyCode.ENTER || e.isAltDown()) {
            return;
        }
        if (finished.get()) {
            stage.close();
            e.consume();
            return;
        }
        Node focus = stage.getScene().getFocusOwner();
        if (focus instanceof Button b && !e.isShortcutDown()) {
            b.fire();
            e.consume();
            return;
        }
        boolean inNote = focus instanceof TextArea;
        if ((inNote && !e.isShortcutDown()) || popupShowing()) {
            return;
        }
        trySave();
        e.consume();
    }

    /** An open list of a combo box or the calendar: Enter and Esc belong to it. */
    private boolean popupShowing() {
        Node n = stage.getScene().getFocusOwner();
        while (n != null) {
            if (n instanceof ComboBoxBase<?> c) {
                return c.isShowing();
            }
            n = n.getParent();
        }
        return false;
    }

    private void trySave() {
        if (!save.isDisabled()) {
            vm.save(this::saved);
        }
    }

    private void saved(SavedContact s) {
        onSaved.accept(s);
        Optional<LedgerEntry> following = next == null ? Optional.empty() : next.apply(s.contact().personId());
        if (following.isPresent()) {
            vm.open(following.get());
            focusFirst();
        } else if (vm.referralNoticeProperty().get()) {
            finished.set(true);
            close.requestFocus();
        } else {
            stage.close();
        }
    }

    private void focusFirst() {
        date.requestFocus();
        date.getEditor().selectAll();
    }

    // ---- header: who, and their last contacts

    private Node header() {
        Label name = new Label();
        name.setId("contact-person-name");
        name.getStyleClass().add("contact-person-name");
        Label chip = new Label();
        chip.setId("contact-person-tier");
        Label village = new Label();
        village.setId("contact-person-village");
        Label id = new Label();
        id.setId("contact-person-id");
        id.getStyleClass().add("resident-id");
        Label phone = new Label();
        phone.setId("contact-person-phone");
        Label episode = new Label();
        episode.setId("contact-episode");
        episode.getStyleClass().add("field-warning");
        Runnable showPerson = () -> {
            LedgerEntry p = vm.personProperty().get();
            if (p == null) {
                return;
            }
            name.setText(p.name());
            TierChip.update(chip, msg, p.tier(), p.isOverridden());
            village.setText(p.gridName() == null ? nz(p.villageName()) : nz(p.villageName()) + " \u00B7 " + p.gridName());
            id.setText(p.residentId() == null ? "" : ResidentIds.mask(p.residentId()));
            phone.setText(nz(p.phone()));
            if (stage != null) { // null while the window is being built: set after it is
                stage.setTitle(msg.format("contact.titleFor", p.name()));
            }
            LocalDate d = parseDate(vm.dateTextProperty().get());
            date.setValue(d);
        };
        vm.personProperty().addListener((o, a, b) -> showPerson.run());
        showPerson.run();
        Runnable showEpisode = () -> {
            InfectionEpisode ep = vm.openEpisodeProperty().get();
            episode.setText(ep == null ? "" : msg.format("contact.episodeOpen",
                    ContactFormViewModel.DATE.format(ep.start())));
            episode.setVisible(ep != null);
            episode.setManaged(ep != null);
            fit();
        };
        vm.openEpisodeProperty().addListener((o, a, b) -> showEpisode.run());
        showEpisode.run();

        HBox who = new HBox(10, name, chip, village, id, phone);
        who.setAlignment(Pos.CENTER_LEFT);

        VBox lines = new VBox(1);
        lines.setId("contact-history");
        Runnable showHistory = () -> {
            lines.getChildren().clear();
            if (vm.history().isEmpty()) {
                Label none = new Label(msg.get(switch (vm.state().phase()) {
                    case READY -> "contact.history.empty";
                    case FAILED -> "contact.history.notLoaded";
                    default -> "contact.history.loading";
                }));
                none.getStyleClass().add("muted");
                lines.getChildren().add(none);
                return;
            }
            for (Contact c : vm.history().subList(0, Math.min(ContactFormViewModel.HISTORY_SHOWN,
                    vm.history().size()))) {
                Label l = new Label(ContactLine.of(msg, c));
                l.getStyleClass().addAll("muted", "contact-history-line");
                lines.getChildren().add(l);
            }
            fit();
        };
        vm.history().addListener((ListChangeListener<Contact>) c -> showHistory.run());
        vm.state().phaseProperty().addListener((o, a, b) -> showHistory.run());
        showHistory.run();
        Label caption = new Label(msg.get("contact.history"));
        caption.getStyleClass().add("muted");
        VBox box = new VBox(4, who, episode, caption, lines);
        box.getStyleClass().add("contact-header");
        return box;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static LocalDate parseDate(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), ContactFormViewModel.DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- the notice of the last save and the live referral warning

    private Node notice() {
        Label notice = new Label();
        notice.setId("contact-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(Bindings.createStringBinding(() -> msg.text(vm.noticeProperty().get()),
                vm.noticeProperty()));
        Runnable style = () -> {
            notice.getStyleClass().removeAll("referral-banner", "contact-saved-notice");
            notice.getStyleClass().add(vm.referralNoticeProperty().get() ? "referral-banner" : "contact-saved-notice");
            boolean shown = vm.noticeProperty().get() != null;
            notice.setVisible(shown);
            notice.setManaged(shown);
            fit();
        };
        vm.noticeProperty().addListener((o, a, b) -> style.run());
        vm.referralNoticeProperty().addListener((o, a, b) -> style.run());
        style.run();
        return notice;
    }

    private Node warning() {
        Label warning = new Label();
        warning.setId("contact-referral-warning");
        warning.getStyleClass().add("referral-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(Bindings.createStringBinding(() -> msg.text(vm.referralWarningProperty().get()),
                vm.referralWarningProperty()));
        warning.visibleProperty().bind(vm.referralWarningProperty().isNotNull());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.visibleProperty().addListener((o, a, b) -> fit());
        Label error = MessageLine.error("contact-save-error", vm.saveErrorProperty(), msg);
        error.visibleProperty().addListener((o, a, b) -> fit());
        return new VBox(2, warning, error);
    }

    // ---- the fields, added in tab order

    private Node form() {
        GridPane g = FormGrid.twoPairs(8, 6, 140, 220);

        date.setId("contact-date");
        date.setEditable(true);
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : ContactFormViewModel.DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return parseDate(s);
            }
        });
        date.getEditor().textProperty().bindBidirectional(vm.dateTextProperty());
        date.setPrefWidth(130);
        date.setValue(parseDate(vm.dateTextProperty().get()));
        TextField time = text("contact-time", vm.timeTextProperty());
        time.setPrefColumnCount(5);
        time.setPromptText("HH:mm");
        HBox when = new HBox(6, date, time);
        TextField madeBy = text("contact-made-by", vm.madeByProperty());
        ComboBox<ContactMode> mode = enumCombo("contact-mode", vm.modeProperty());
        mode.getItems().setAll(ContactMode.values());
        CheckBox reached = new CheckBox(msg.get("contact.reached"));
        reached.setId("contact-reached");
        reached.selectedProperty().bindBidirectional(vm.reachedProperty());
        TextField temperature = text("contact-temperature", vm.temperatureTextProperty());
        temperature.setPromptText("36.5");
        TextField spo2 = text("contact-spo2", vm.spo2TextProperty());
        spo2.setPromptText("98");
        FlowPane symptoms = new FlowPane(10, 4);
        for (Symptom s : Symptom.values()) {
            CheckBox c = new CheckBox(msg.label(s));
            c.setMnemonicParsing(false);
            c.setId("contact-symptom-" + s.name());
            c.selectedProperty().bindBidirectional(vm.symptomProperty(s));
            symptoms.getChildren().add(c);
        }
        ComboBox<AntigenResult> antigen = enumCombo("contact-antigen", vm.antigenProperty());
        antigen.getItems().setAll(AntigenResult.values());
        FlowPane needs = new FlowPane(10, 4);
        for (Need n : Need.values()) {
            CheckBox c = new CheckBox(msg.label(n));
            c.setMnemonicParsing(false);
            c.setId("contact-need-" + n.name());
            c.selectedProperty().bindBidirectional(vm.needProperty(n));
            needs.getChildren().add(c);
        }
        ComboBox<EpisodeChange> episode = enumCombo("contact-episode-change", vm.episodeChangeProperty());
        // the choices change with the antigen result and the open episode; replacing a combo's items clears
        // its value, so items and value are set together, the view-model's value being the truth
        episode.valueProperty().unbindBidirectional(vm.episodeChangeProperty());
        Runnable syncEpisode = () -> {
            if (!episode.getItems().equals(vm.episodeChoices())) {
                episode.getItems().setAll(vm.episodeChoices());
            }
            episode.setValue(vm.episodeChangeProperty().get());
        };
        vm.episodeChoices().addListener((ListChangeListener<EpisodeChange>) c -> syncEpisode.run());
        vm.episodeChangeProperty().addListener((o, a, b) -> syncEpisode.run());
        episode.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.episodeChangeProperty().get()) {
                vm.episodeChangeProperty().set(b);
            }
        });
        syncEpisode.run();
        TextField action = text("contact-action", vm.actionProperty());
        TextArea note = new TextArea();
        note.setId("contact-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        note.setPromptText(msg.get("contact.notePrompt"));

        int r = 0;
        g.add(label("contact.time", date), 0, r);
        g.add(field(ContactField.AT, when, time), 1, r);
        g.add(label("contact.madeBy", madeBy), 2, r);
        g.add(field(ContactField.MADE_BY, madeBy, madeBy), 3, r++);
        g.add(label("contact.mode", mode), 0, r);
        g.add(field(ContactField.MODE, mode, mode), 1, r);
        g.add(reached, 3, r++);
        g.add(label("contact.temperature", temperature), 0, r);
        g.add(field(ContactField.TEMPERATURE, withUnit(temperature, "\u00B0C"), temperature), 1, r);
        g.add(label("contact.spo2", spo2), 2, r);
        g.add(field(ContactField.SPO2, withUnit(spo2, "%"), spo2), 3, r++);
        Label symptomsLabel = label("contact.symptoms", symptoms.getChildren().get(0));
        g.add(symptomsLabel, 0, r);
        g.add(symptoms, 1, r++, 3, 1);
        g.add(label("contact.antigen", antigen), 0, r);
        g.add(antigen, 1, r++);
        g.add(label("contact.needs", needs.getChildren().get(0)), 0, r);
        g.add(needs, 1, r++, 3, 1);
        g.add(label("contact.episode", episode), 0, r);
        g.add(episode, 1, r++);
        g.add(label("contact.action", action), 0, r);
        g.add(action, 1, r++, 3, 1);
        g.add(label("contact.note", note), 0, r);
        g.add(note, 1, r, 3, 1);
        return g;
    }

    private Node withUnit(TextField field, String unit) {
        field.setPrefColumnCount(5);
        HBox box = new HBox(4, field, new Label(unit));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node buttons() {
        save.setText(msg.get("contact.save"));
        save.setId("contact-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.validProperty().not().or(finished));
        save.setOnAction(e -> trySave());
        close.setText(msg.get("contact.close"));
        close.setId("contact-close");
        close.setOnAction(e -> stage.close());
        Label keys = new Label(msg.get("contact.keysHint"));
        keys.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, keys, spacer, save, close);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    // ---- messages at the fields

    /** The field with its message line underneath; the window follows when a message comes or goes. */
    private Node field(ContactField f, Node content, Control control) {
        javafx.beans.binding.ObjectBinding<Msg> error = Bindings.createObjectBinding(() -> {
            String key = vm.errors().get(f);
            return key == null ? null : Msg.of(key);
        }, vm.errors());
        error.addListener((o, a, b) -> {
            if ((a == null) != (b == null)) {
                fit();
            }
        });
        String id = "contact-error-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return FieldMessage.wrap(id, content, control, error, msg);
    }

    private Label label(String key, Node target) {
        Label l = new Label(msg.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(property);
        return t;
    }

    private <E extends Enum<E>> ComboBox<E> enumCombo(String id, javafx.beans.property.ObjectProperty<E> property) {
        return EnumChoices.combo(id, List.of(), property, msg::label);
    }
}
