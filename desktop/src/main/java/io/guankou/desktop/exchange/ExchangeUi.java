package io.guankou.desktop.exchange;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What the exchange view's panes are built from: sections, labels, columns, radio groups, table and field labels. */
final class ExchangeUi {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * The labels of a package's column names where the ledger already has words for them (the person form's
     * history, the places editor); other columns are shown as named.
     */
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("name", "history.field.name"),
            Map.entry("resident_id", "history.field.residentId"),
            Map.entry("sex", "history.field.sex"),
            Map.entry("birth_date", "history.field.birthDate"),
            Map.entry("phone", "history.field.phone"),
            Map.entry("emergency_contact_name", "history.field.emergencyContactName"),
            Map.entry("emergency_contact_phone", "history.field.emergencyContactPhone"),
            Map.entry("village", "history.field.villageId"),
            Map.entry("grid", "history.field.gridId"),
            Map.entry("household", "history.field.householdId"),
            Map.entry("address", "history.field.address"),
            Map.entry("living_situations", "history.field.livingSituations"),
            Map.entry("mobility", "history.field.mobility"),
            Map.entry("vaccination", "history.field.vaccination"),
            Map.entry("infection", "history.field.infection"),
            Map.entry("infection_date", "history.field.infectionDate"),
            Map.entry("pregnant", "history.field.pregnant"),
            Map.entry("family_doctor_team", "history.field.familyDoctorTeamId"),
            Map.entry("family_doctor_contract_date", "history.field.familyDoctorContractDate"),
            Map.entry("responsibility_team", "history.field.responsibilityTeamId"),
            Map.entry("oximeter_serial", "history.field.oximeterSerial"),
            Map.entry("health_pack_issued", "history.field.healthPackIssued"),
            Map.entry("override_tier", "history.field.tierOverride"),
            Map.entry("departure_reason", "history.field.departure"),
            Map.entry("computed_tier", "history.field.computedTier"),
            Map.entry("code", "enum.PlaceField.CODE"),
            Map.entry("urban_rural", "enum.PlaceField.URBAN_RURAL"),
            Map.entry("longitude", "enum.PlaceField.LONGITUDE"),
            Map.entry("latitude", "enum.PlaceField.LATITUDE"),
            Map.entry("deleted", "exchange.field.deleted"));

    private final Messages msg;

    ExchangeUi(Messages msg) {
        this.msg = msg;
    }

    Messages msg() {
        return msg;
    }

    String text(Msg m) {
        return msg.text(m);
    }

    /** A package's table by its label; one this version does not know by its name. */
    String table(String entryName) {
        return PackageTable.named(entryName).map(msg::label).orElse(entryName);
    }

    /** A package's column by the ledger's word for it; the whole row (empty) as such. */
    String field(String column) {
        if (column == null || column.isEmpty()) {
            return msg.get("exchange.field.wholeRow");
        }
        String key = FIELD_KEYS.get(column);
        return key == null ? column : msg.get(key);
    }

    static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A titled white box. */
    Node section(String id, String titleKey, Node... content) {
        Label title = new Label(msg.get(titleKey));
        title.getStyleClass().add("section-subtitle");
        VBox box = new VBox(8, title);
        box.getChildren().addAll(content);
        box.setId(id);
        box.getStyleClass().add("section");
        return box;
    }

    /** A label that never shrinks below its text. */
    static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A muted line that wraps. */
    static Label hint(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }

    /** A label showing a view-model's message; no room while there is none. */
    Label line(String id, ObservableValue<Msg> text, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        l.textProperty().bind(Bindings.createStringBinding(() -> msg.text(text.getValue()), text));
        showWhen(l, l.textProperty().isNotEmpty());
        return l;
    }

    static void showWhen(Node n, ObservableBooleanValue visible) {
        n.visibleProperty().bind(Bindings.createBooleanBinding(visible::get, visible));
        n.managedProperty().bind(n.visibleProperty());
    }

    /** A text column. */
    static <R> TableColumn<R, String> column(String id, String title, double width, Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A number column, right-aligned. */
    static <R> TableColumn<R, String> number(String id, String title, double width, Function<R, Long> n) {
        TableColumn<R, String> c = column(id, title, width, r -> {
            Long v = n.apply(r);
            return v == null ? "" : count(v);
        });
        c.getStyleClass().add("count-column");
        return c;
    }

    /** A radio button of {@code group} standing for {@code value}. */
    static <E> RadioButton radio(String id, String text, ToggleGroup group, E value) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setUserData(value);
        r.setWrapText(true);
        return r;
    }

    /** The group and the property choose the same value; one of the buttons is always chosen. */
    @SuppressWarnings("unchecked")
    static <E> void bind(ToggleGroup group, ObjectProperty<E> value) {
        Runnable follow = () -> group.getToggles().stream().filter(t -> t.getUserData() == value.get()).findFirst()
                .ifPresent(group::selectToggle);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                if (a != null) {
                    group.selectToggle(a);
                }
            } else if (b.getUserData() != value.get()) {
                value.set((E) b.getUserData());
            }
        });
        value.addListener((o, a, b) -> follow.run());
        follow.run();
    }
}
