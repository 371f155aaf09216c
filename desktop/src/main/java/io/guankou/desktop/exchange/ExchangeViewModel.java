package io.guankou.desktop.exchange;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The data-exchange view: this ledger's identity and peers (the overview), and four sections — export,
 * import, conflicts, package log — each with its own view-model. Everything loads in the background and again
 * whenever packages change ({@link DataKind#PACKAGES}, published by the export, the import and a decided
 * conflict); an import that leaves conflicts opens the conflict list.
 */
public final class ExchangeViewModel {

    /** The sections of the view, in order. */
    public enum Section { EXPORT, IMPORT, CONFLICTS, LOG }

    private final Reloading<ExchangeOverview> overviewLoad;
    private final ObjectProperty<ExchangeOverview> overview = new SimpleObjectProperty<>();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.EXPORT);
    private final ExportViewModel export;
    private final ImportViewModel importer;
    private final ConflictsViewModel conflicts;
    private final PackageLogViewModel log;

    public ExchangeViewModel(ExchangeService service, TaskRunner runner, DataEvents events, ZoneId zone) {
        Objects.requireNonNull(service, "service");
        this.export = new ExportViewModel(service, runner, events);
        this.importer = new ImportViewModel(service, runner, events, zone, () -> section.set(Section.CONFLICTS));
        this.conflicts = new ConflictsViewModel(service, runner, events, zone);
        this.log = new PackageLogViewModel(service, runner, zone);
        this.overviewLoad = new Reloading<>("exchange-overview", runner, service::overview, loaded -> {
            overview.set(loaded);
            export.setOverview(loaded);
            importer.setOverview(loaded);
        });
        events.subscribe(DataKind.PACKAGES, change -> {
            overviewLoad.changed();
            conflicts.changed();
            log.changed();
        });
    }

    /** Loads (again) the overview, the conflicts and the log, and looks for removable drives. */
    public void reload() {
        overviewLoad.reload();
        conflicts.reload();
        log.reload();
        export.refreshDrives();
    }

    /** Whether the overview loaded; exporting and importing need it. */
    public LoadState state() {
        return overviewLoad.state();
    }

    public ReadOnlyObjectProperty<ExchangeOverview> overviewProperty() {
        return overview;
    }

    /** The section shown; an import with conflicts moves it to {@link Section#CONFLICTS}. */
    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ExportViewModel export() {
        return export;
    }

    public ImportViewModel importer() {
        return importer;
    }

    public ConflictsViewModel conflicts() {
        return conflicts;
    }

    public PackageLogViewModel log() {
        return log;
    }
}
