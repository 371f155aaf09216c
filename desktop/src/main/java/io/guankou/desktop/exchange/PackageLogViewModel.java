package io.guankou.desktop.exchange;

import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The package log: every package sent and received, newest first, no personal data. */
public final class PackageLogViewModel {

    private final ZoneId zone;
    private final Reloading<List<LoggedPackageRow>> loading;
    private final ObservableList<LoggedPackageRow> rows = FXCollections.observableArrayList();

    PackageLogViewModel(ExchangeService service, TaskRunner runner, ZoneId zone) {
        this.zone = zone;
        this.loading = new Reloading<>("exchange-log", runner, service::log, rows::setAll);
    }

    public void reload() {
        loading.reload();
    }

    void changed() {
        loading.changed();
    }

    public LoadState state() {
        return loading.state();
    }

    public ObservableList<LoggedPackageRow> rows() {
        return rows;
    }

    public LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }
}
