package io.guankou.desktop.places;

import io.guankou.desktop.i18n.Msg;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceProblem;
import io.guankou.model.place.rules.PlaceUse;
import io.guankou.model.place.rules.TeamEdit;
import io.guankou.model.place.rules.TeamRules;
import io.guankou.persistence.placeedit.PlaceEditor;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The responsibility teams tab: each team's village and name, and its members ({@link #members()}), with a warning
 * while the team has no medical member (DOMAIN.md §1: at least one).
 */
public final class TeamsViewModel extends PlaceFormViewModel {

    /** One team of the list. */
    public record Row(long id, long villageId, String villageName, String name, int members, boolean medical,
                      long grids, long persons) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Long> villageId = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Msg> warning = new SimpleObjectProperty<>();
    private final MembersViewModel members;

    TeamsViewModel(PlaceServices services) {
        super(services, PlaceKind.TEAM);
        this.members = new MembersViewModel(services);
        watch(villageId, name);
    }

    @Override
    void setData(PlaceData d) {
        super.setData(d);
        members.setData(d);
    }

    @Override
    protected void rebuildRows(PlaceData d) {
        rows.setAll(d.teams().stream().map(t -> {
            PlaceUse use = d.uses().of(PlaceKind.TEAM, t.id());
            return new Row(t.id(), t.villageId(), d.village(t.villageId()).map(Village::name).orElse(""), t.name(),
                    t.members().size(), t.hasMedicalMember(), use.grids(), use.persons());
        }).sorted(Comparator.comparingInt((Row r) -> d.villageOrder(r.villageId())).thenComparingLong(Row::id))
                .toList());
    }

    @Override
    protected boolean exists(PlaceData d, long id) {
        return d.team(id).isPresent();
    }

    @Override
    protected void clear() {
        villageId.set(null);
        name.set("");
    }

    @Override
    protected void fill(PlaceData d, long id) {
        ResponsibilityTeam t = d.team(id).orElseThrow();
        villageId.set(t.villageId());
        name.set(t.name());
    }

    @Override
    protected void selected(Long id) {
        members.showTeam(id);
        warning.set(id != null && data().team(id).map(t -> !t.hasMedicalMember()).orElse(false)
                ? Msg.of("places.team.noMedical") : null);
    }

    private TeamEdit edit() {
        Long id = selectedIdProperty().get();
        return new TeamEdit(id == null ? 0 : id, villageId.get(), name.get());
    }

    @Override
    protected List<PlaceProblem> problems(PlaceData d) {
        TeamEdit e = edit();
        return TeamRules.check(e, d.villages(), d.teams(), d.uses().of(PlaceKind.TEAM, e.id()));
    }

    @Override
    protected Callable<Long> write(PlaceEditor editor, String user) {
        TeamEdit edit = edit();
        return () -> editor.saveTeam(edit, user);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Long> villageIdProperty() {
        return villageId;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** "No medical member yet" for the selected team, or null. */
    public ReadOnlyObjectProperty<Msg> warningProperty() {
        return warning;
    }

    /** The selected team's members and the member form. */
    public MembersViewModel members() {
        return members;
    }
}
