package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.model.transport.CoverageSettings;
import io.guankou.model.transport.TransportField;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The coverage settings as typed: dispatch delay, detour factor, speed, rural and urban targets; saved together. */
public final class CoverageSettingsViewModel {

    private final TransportWrites writes;
    private final StringProperty delay = new SimpleStringProperty("");
    private final StringProperty detour = new SimpleStringProperty("");
    private final StringProperty speed = new SimpleStringProperty("");
    private final StringProperty ruralTarget = new SimpleStringProperty("");
    private final StringProperty urbanTarget = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors(TransportField.DISPATCH_DELAY, TransportField.DETOUR_FACTOR,
            TransportField.SPEED, TransportField.RURAL_TARGET, TransportField.URBAN_TARGET);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private CoverageSettings stored = CoverageSettings.defaults();

    CoverageSettingsViewModel(TransportWrites writes) {
        this.writes = writes;
        show(stored);
    }

    /** The stored settings came (again): the fields show them unless the user is changing them. */
    void setStored(CoverageSettings settings) {
        boolean untouched = input().settings().filter(stored::equals).isPresent();
        stored = settings;
        if (untouched) {
            show(settings);
        }
    }

    private void show(CoverageSettings s) {
        CoverageSettings.Input in = CoverageSettings.Input.of(s);
        delay.set(in.dispatchDelay());
        detour.set(in.detourFactor());
        speed.set(in.speed());
        ruralTarget.set(in.ruralTarget());
        urbanTarget.set(in.urbanTarget());
        errors.clear();
    }

    private CoverageSettings.Input input() {
        return new CoverageSettings.Input(delay.get(), detour.get(), speed.get(), ruralTarget.get(), urbanTarget.get());
    }

    /** Checks and stores the settings; the fields say what is refused. */
    public boolean save() {
        notice.set(null);
        CoverageSettings.Input in = input();
        if (!errors.show(in.problems())) {
            return false;
        }
        Optional<CoverageSettings> s = in.settings();
        CoverageSettings settings = s.orElseThrow();
        String user = writes.user();
        return writes.run("coverage-settings-save", () -> {
            writes.services().settings().save(settings, user);
            return settings;
        }, saved -> {
            stored = saved;
            show(saved);
            notice.set(Notice.ok("coverage.settings.saved"));
        }, refused -> errors.show(refused.problems()), notice::set);
    }

    /** The literature's defaults into the fields (not stored until saved). */
    public void useDefaults() {
        show(CoverageSettings.defaults());
        notice.set(null);
    }

    public StringProperty delayProperty() { return delay; }
    public StringProperty detourProperty() { return detour; }
    public StringProperty speedProperty() { return speed; }
    public StringProperty ruralTargetProperty() { return ruralTarget; }
    public StringProperty urbanTargetProperty() { return urbanTarget; }
    public ReadOnlyObjectProperty<Msg> errorAt(TransportField field) { return errors.at(field); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    /** The settings as stored (what the coverage shown was computed with). */
    public CoverageSettings stored() { return stored; }

}
