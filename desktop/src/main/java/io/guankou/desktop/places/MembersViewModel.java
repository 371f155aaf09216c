package io.guankou.desktop.places;

import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.org.TeamMember;
import io.guankou.model.org.TeamRole;
import io.guankou.model.place.rules.MemberEdit;
import io.guankou.model.place.rules.MemberRules;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceProblem;
import io.guankou.persistence.placeedit.PlaceEditor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The members of the team selected in the teams tab, and the form for one of them: name, role, phone and whether a
 * doctor or nurse (set from the role as it is chosen, and changeable). Their history shows in the team's.
 */
public final class MembersViewModel extends PlaceFormViewModel {

    private final ObservableList<TeamMember> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Long> teamId = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<TeamRole> role = new SimpleObjectProperty<>();
    private final StringProperty phone = new SimpleStringProperty("");
    private final BooleanProperty medical = new SimpleBooleanProperty();
    private TeamRole lastRole;

    MembersViewModel(PlaceServices services) {
        super(services, PlaceKind.MEMBER);
        watch(name, role, phone, medical);
    }

    /** The team whose members are listed (null: none, a new team is being added). */
    void showTeam(Long team) {
        boolean same = java.util.Objects.equals(team, teamId.get());
        teamId.set(team);
        if (!same) {
            rebuildRows(data());
            startNew();
        }
    }

    @Override
    protected void edited() {
        // the medical flag follows the role, as doctors are medical and cadres are not; the user may still change it
        if (role.get() != lastRole) {
            lastRole = role.get();
            if (role.get() != null) {
                medical.set(role.get().isMedical());
            }
        }
    }

    private Optional<ResponsibilityTeam> team(PlaceData d) {
        return teamId.get() == null ? Optional.empty() : d.team(teamId.get());
    }

    @Override
    protected void rebuildRows(PlaceData d) {
        rows.setAll(team(d).map(ResponsibilityTeam::members).orElse(List.of()));
    }

    @Override
    protected boolean exists(PlaceData d, long id) {
        return team(d).map(t -> t.members().stream().anyMatch(m -> m.id() == id)).orElse(false);
    }

    @Override
    protected void clear() {
        name.set("");
        role.set(null);
        lastRole = null;
        phone.set("");
        medical.set(false);
    }

    @Override
    protected void fill(PlaceData d, long id) {
        TeamMember m = team(d).orElseThrow().members().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        name.set(m.name());
        role.set(m.role());
        lastRole = m.role();
        phone.set(m.phone() == null ? "" : m.phone());
        medical.set(m.medical());
    }

    @Override
    protected boolean hasHistory() {
        return false;
    }

    private MemberEdit edit() {
        Long id = selectedIdProperty().get();
        return new MemberEdit(id == null ? 0 : id, teamId.get() == null ? 0 : teamId.get(), name.get(), role.get(),
                phone.get(), medical.get());
    }

    @Override
    protected List<PlaceProblem> problems(PlaceData d) {
        return MemberRules.check(edit());
    }

    @Override
    protected Callable<Long> write(PlaceEditor editor, String user) {
        MemberEdit edit = edit();
        return () -> editor.saveMember(edit, user);
    }

    public ObservableList<TeamMember> rows() {
        return rows;
    }

    /** The team the members belong to; null while a new team is in the form (members come after saving it). */
    public ReadOnlyObjectProperty<Long> teamIdProperty() {
        return teamId;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<TeamRole> roleProperty() {
        return role;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public BooleanProperty medicalProperty() {
        return medical;
    }
}
