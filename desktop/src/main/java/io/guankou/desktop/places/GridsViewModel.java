package io.guankou.desktop.places;

import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.GridEdit;
import io.guankou.model.place.rules.GridRules;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceProblem;
import io.guankou.persistence.placeedit.PlaceEditor;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The grids tab: each grid's village, name and the responsibility team serving it. */
public final class GridsViewModel extends PlaceFormViewModel {

    /** One grid of the list. */
    public record Row(long id, long villageId, String villageName, String name, Long teamId, String teamName,
                      long persons) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Long> villageId = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Long> teamId = new SimpleObjectProperty<>();

    GridsViewModel(PlaceServices services) {
        super(services, PlaceKind.GRID);
        watch(villageId, name, teamId);
    }

    @Override
    protected void edited() {
        // a team of another village cannot serve the grid: it follows the village
        if (teamId.get() != null && teamsOf(villageId.get()).stream().noneMatch(t -> t.id() == teamId.get())) {
            teamId.set(null);
        }
    }

    @Override
    protected void rebuildRows(PlaceData d) {
        rows.setAll(d.grids().stream().map(g -> {
            Long team = d.teamOf(g.id());
            return new Row(g.id(), g.villageId(), d.village(g.villageId()).map(Village::name).orElse(""), g.name(),
                    team, team == null ? "" : d.name(PlaceKind.TEAM, team),
                    d.uses().of(PlaceKind.GRID, g.id()).persons());
        }).sorted(Comparator.comparingInt((Row r) -> d.villageOrder(r.villageId())).thenComparingLong(Row::id))
                .toList());
    }

    @Override
    protected boolean exists(PlaceData d, long id) {
        return d.grid(id).isPresent();
    }

    @Override
    protected void clear() {
        villageId.set(null);
        name.set("");
        teamId.set(null);
    }

    @Override
    protected void fill(PlaceData d, long id) {
        Grid g = d.grid(id).orElseThrow();
        villageId.set(g.villageId());
        name.set(g.name());
        teamId.set(d.teamOf(id));
    }

    /** The teams that may serve a grid of {@code village}: that village's. */
    public List<ResponsibilityTeam> teamsOf(Long village) {
        return village == null ? List.of()
                : data().teams().stream().filter(t -> t.villageId() == village).toList();
    }

    private GridEdit edit() {
        Long id = selectedIdProperty().get();
        return new GridEdit(id == null ? 0 : id, villageId.get(), name.get(), teamId.get());
    }

    @Override
    protected List<PlaceProblem> problems(PlaceData d) {
        GridEdit e = edit();
        return GridRules.check(e, d.villages(), d.grids(), d.teams(), d.uses().of(PlaceKind.GRID, e.id()));
    }

    @Override
    protected Callable<Long> write(PlaceEditor editor, String user) {
        GridEdit edit = edit();
        return () -> editor.saveGrid(edit, user);
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

    public ObjectProperty<Long> teamIdProperty() {
        return teamId;
    }
}
