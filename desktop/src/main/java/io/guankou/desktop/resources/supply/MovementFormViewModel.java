package io.guankou.desktop.resources.supply;

import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.model.supply.MovementEdit;
import io.guankou.model.supply.MovementKind;
import io.guankou.model.supply.MovementRules;
import io.guankou.model.supply.StockLine;
import io.guankou.model.supply.SupplyField;
import io.guankou.model.supply.SupplyItem;
import io.guankou.model.supply.SupplyReport;
import io.guankou.persistence.supply.SupplyOverview;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The receipt / issue form: facility, item, receipt or issue, quantity, day (today unless changed) and a note.
 * After a recorded movement the facility, item and kind stay, the quantity and note clear, so the next line of a
 * delivery note is typed at once. The rules of model.supply check it here and again in the repository's transaction.
 */
public final class MovementFormViewModel {

    private final SupplyWrites writes;
    private final ObservableList<SupplyReport.Stocker> facilities = FXCollections.observableArrayList();
    private final ObservableList<SupplyItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<Long> facilityId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> itemId = new SimpleObjectProperty<>();
    private final ObjectProperty<MovementKind> kind = new SimpleObjectProperty<>(MovementKind.ISSUE);
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final SupplyFieldErrors errors = new SupplyFieldErrors(SupplyField.FACILITY, SupplyField.ITEM,
            SupplyField.KIND, SupplyField.QUANTITY, SupplyField.DATE, SupplyField.NOTE);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private SupplyOverview data;

    MovementFormViewModel(SupplyWrites writes) {
        this.writes = writes;
        date.set(writes.services().today().toString());
    }

    void setData(SupplyOverview d) {
        this.data = d;
        Long f = facilityId.get();
        Long i = itemId.get();
        facilities.setAll(d.facilities());
        items.setAll(d.items());
        facilityId.set(f != null && d.facilities().stream().anyMatch(s -> s.id() == f) ? f : null);
        itemId.set(i != null && d.items().stream().anyMatch(s -> s.id() == i) ? i : null);
    }

    /** Puts a line's facility and item into the form (the list's selection). */
    public void take(StockLine line) {
        if (line == null) {
            return;
        }
        facilityId.set(line.facilityId());
        itemId.set(line.item().id());
        errors.clear();
    }

    private int stock(Long facility, Long item) {
        if (data == null || facility == null || item == null) {
            return 0;
        }
        return data.lines().stream().filter(l -> l.facilityId() == facility && l.item().id() == item)
                .mapToInt(StockLine::stock).findFirst().orElse(0);
    }

    private String unit(Long item) {
        return item == null ? null : items.stream().filter(i -> i.id() == item).map(SupplyItem::unit).findFirst()
                .orElse(null);
    }

    /** Records the movement; false when a field is refused (its message shows) or a write is already running. */
    public boolean record() {
        notice.set(null);
        MovementEdit edit = new MovementEdit(facilityId.get(), itemId.get(), kind.get(), quantity.get(), date.get(),
                note.get());
        Map<Long, SupplyItem> byId = items.stream().collect(Collectors.toMap(SupplyItem::id, i -> i));
        if (!errors.show(MovementRules.check(edit, facilities.stream().map(SupplyReport.Stocker::id).toList(),
                byId.keySet(), stock(edit.facilityId(), edit.itemId()), unit(edit.itemId()),
                writes.services().today()))) {
            return false;
        }
        String user = writes.services().user();
        var m = MovementRules.movement(edit);
        SupplyItem item = byId.get(edit.itemId());
        String facility = facilities.stream().filter(f -> f.id() == edit.facilityId())
                .map(SupplyReport.Stocker::name).findFirst().orElse("");
        return writes.run("supply-record", () -> writes.services().supplies().record(edit, user,
                writes.services().today()), id -> {
                    quantity.set("");
                    note.set("");
                    notice.set(Notice.ok(m.kind() == MovementKind.RECEIPT ? "supplies.move.received"
                            : "supplies.move.issued", facility, item.name(), m.quantity(), item.unit()));
                }, errors::show, notice::set);
    }

    public ObservableList<SupplyReport.Stocker> facilities() { return facilities; }
    public ObservableList<SupplyItem> items() { return items; }
    public ObjectProperty<Long> facilityIdProperty() { return facilityId; }
    public ObjectProperty<Long> itemIdProperty() { return itemId; }
    public ObjectProperty<MovementKind> kindProperty() { return kind; }
    public StringProperty quantityProperty() { return quantity; }
    public StringProperty dateProperty() { return date; }
    public StringProperty noteProperty() { return note; }
    public ReadOnlyObjectProperty<Msg> errorAt(SupplyField field) { return errors.at(field); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty savingProperty() { return writes.savingProperty(); }
}
