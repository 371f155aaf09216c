package io.guankou.desktop.resources.supply;

import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.model.supply.ItemEdit;
import io.guankou.model.supply.ItemRules;
import io.guankou.model.supply.PopulationInput;
import io.guankou.model.supply.SupplyField;
import io.guankou.model.supply.SupplyItem;
import io.guankou.model.supply.SupplyKind;
import io.guankou.model.supply.SupplyReport;
import io.guankou.model.supply.SupplySettings;
import io.guankou.persistence.supply.SupplyOverview;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The supplies set-up: the items (add or change one: kind, name, unit, units per person), a facility's served
 * population (blank: none, so no target), and the settings (window, target %, alert days, Spring Festival date, lead
 * days and raise %).
 */
public final class SupplySetupViewModel {

    private final SupplyWrites writes;
    private final ObservableList<SupplyItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<SupplyItem> selectedItem = new SimpleObjectProperty<>();
    private final ObjectProperty<SupplyKind> itemKind = new SimpleObjectProperty<>(SupplyKind.CHINESE_PATENT_MEDICINE);
    private final StringProperty itemName = new SimpleStringProperty("");
    private final StringProperty itemUnit = new SimpleStringProperty("");
    private final StringProperty itemPerPerson = new SimpleStringProperty("1");
    private final ObservableList<SupplyReport.Stocker> facilities = FXCollections.observableArrayList();
    private final ObjectProperty<Long> populationFacility = new SimpleObjectProperty<>();
    private final StringProperty population = new SimpleStringProperty("");
    private final StringProperty windowDays = new SimpleStringProperty("");
    private final StringProperty targetPercent = new SimpleStringProperty("");
    private final StringProperty alertDays = new SimpleStringProperty("");
    private final StringProperty festival = new SimpleStringProperty("");
    private final StringProperty leadDays = new SimpleStringProperty("");
    private final StringProperty raisePercent = new SimpleStringProperty("");
    private final SupplyFieldErrors errors = new SupplyFieldErrors(SupplyField.KIND, SupplyField.NAME,
            SupplyField.UNIT, SupplyField.PER_PERSON, SupplyField.ITEM, SupplyField.FACILITY, SupplyField.POPULATION,
            SupplyField.WINDOW_DAYS, SupplyField.TARGET_PERCENT, SupplyField.ALERT_DAYS, SupplyField.SPRING_FESTIVAL,
            SupplyField.FESTIVAL_LEAD_DAYS, SupplyField.FESTIVAL_RAISE_PERCENT);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    SupplySetupViewModel(SupplyWrites writes) {
        this.writes = writes;
        populationFacility.addListener((o, a, b) -> showPopulation());
    }

    void setData(SupplyOverview d) {
        Long keepItem = selectedItem.get() == null ? null : selectedItem.get().id();
        items.setAll(d.items());
        facilities.setAll(d.facilities());
        if (keepItem != null) {
            selectedItem.set(d.items().stream().filter(i -> i.id() == keepItem).findFirst().orElse(null));
        }
        Long f = populationFacility.get();
        if (f == null || d.facilities().stream().noneMatch(s -> s.id() == f)) {
            populationFacility.set(d.facilities().isEmpty() ? null : d.facilities().get(0).id());
        }
        showPopulation();
        SupplySettings.Input in = SupplySettings.Input.of(d.settings());
        windowDays.set(in.windowDays());
        targetPercent.set(in.targetPercent());
        alertDays.set(in.alertDays());
        festival.set(in.springFestival());
        leadDays.set(in.festivalLeadDays());
        raisePercent.set(in.festivalRaisePercent());
    }

    private void showPopulation() {
        Long f = populationFacility.get();
        Integer p = f == null ? null : facilities.stream().filter(s -> s.id() == f).findFirst()
                .map(SupplyReport.Stocker::population).orElse(null);
        population.set(p == null ? "" : p.toString());
    }

    /** Shows an item in the form; null: a new one. */
    public void selectItem(SupplyItem item) {
        selectedItem.set(item);
        errors.clear();
        itemKind.set(item == null ? SupplyKind.CHINESE_PATENT_MEDICINE : item.kind());
        itemName.set(item == null ? "" : item.name());
        itemUnit.set(item == null ? "" : item.unit());
        itemPerPerson.set(item == null ? "1" : Integer.toString(item.perPerson()));
    }

    public boolean saveItem() {
        notice.set(null);
        ItemEdit edit = new ItemEdit(selectedItem.get() == null ? 0 : selectedItem.get().id(), itemKind.get(),
                itemName.get(), itemUnit.get(), itemPerPerson.get());
        if (!errors.show(ItemRules.check(edit, items))) {
            return false;
        }
        String user = writes.services().user();
        String name = ItemRules.text(edit.name());
        return writes.run("supply-item-save", () -> writes.services().supplies().saveItem(edit, user), id -> {
            selectItem(null);
            notice.set(Notice.ok("supplies.item.saved", name));
        }, errors::show, notice::set);
    }

    public boolean savePopulation() {
        notice.set(null);
        Long f = populationFacility.get();
        PopulationInput p = PopulationInput.parse(population.get());
        if (!errors.show(f == null ? List.of(io.guankou.model.supply.SupplyProblem.of(SupplyField.FACILITY,
                io.guankou.model.supply.SupplyProblem.Kind.REQUIRED)) : p.ok() ? List.of() : List.of(p.problem()))) {
            return false;
        }
        String typed = population.get();
        String user = writes.services().user();
        String name = facilities.stream().filter(s -> s.id() == f).map(SupplyReport.Stocker::name).findFirst()
                .orElse("");
        return writes.run("supply-population-save", () -> {
            writes.services().supplies().setPopulation(f, typed, user);
            return f;
        }, id -> notice.set(p.population() == null ? Notice.ok("supplies.population.removed", name)
                : Notice.ok("supplies.population.saved", name, p.population())), errors::show, notice::set);
    }

    public boolean saveSettings() {
        notice.set(null);
        SupplySettings.Input in = new SupplySettings.Input(windowDays.get(), targetPercent.get(), alertDays.get(),
                festival.get(), leadDays.get(), raisePercent.get());
        if (!errors.show(in.problems())) {
            return false;
        }
        SupplySettings s = in.settings().orElseThrow();
        String user = writes.services().user();
        return writes.run("supply-settings-save", () -> {
            writes.services().settings().save(s, user);
            return s;
        }, saved -> notice.set(Notice.ok("supplies.settings.saved")), errors::show, notice::set);
    }

    public ObservableList<SupplyItem> items() { return items; }
    public ReadOnlyObjectProperty<SupplyItem> selectedItemProperty() { return selectedItem; }
    public ObjectProperty<SupplyKind> itemKindProperty() { return itemKind; }
    public StringProperty itemNameProperty() { return itemName; }
    public StringProperty itemUnitProperty() { return itemUnit; }
    public StringProperty itemPerPersonProperty() { return itemPerPerson; }
    public ObservableList<SupplyReport.Stocker> facilities() { return facilities; }
    public ObjectProperty<Long> populationFacilityProperty() { return populationFacility; }
    public StringProperty populationProperty() { return population; }
    public StringProperty windowDaysProperty() { return windowDays; }
    public StringProperty targetPercentProperty() { return targetPercent; }
    public StringProperty alertDaysProperty() { return alertDays; }
    public StringProperty festivalProperty() { return festival; }
    public StringProperty leadDaysProperty() { return leadDays; }
    public StringProperty raisePercentProperty() { return raisePercent; }
    public ReadOnlyObjectProperty<Msg> errorAt(SupplyField field) { return errors.at(field); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public javafx.beans.property.ReadOnlyBooleanProperty savingProperty() { return writes.savingProperty(); }
}
