package io.guankou.desktop.exchange;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.LoadFailureBar;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The package log: one row per package sent or received. Binds to {@link PackageLogViewModel}. */
final class PackageLogPane extends BorderPane {

    PackageLogPane(PackageLogViewModel vm, ExchangeUi ui) {
        Messages msg = ui.msg();
        setPadding(new Insets(10, 0, 0, 0));
        TableView<LoggedPackageRow> table = new TableView<>(vm.rows());
        table.setId("log-table");
        table.setPlaceholder(new Label(msg.get("exchange.log.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                ExchangeUi.column("log-col-direction", msg.get("exchange.col.direction"), 60,
                        r -> msg.label(r.direction())),
                ExchangeUi.column("log-col-peer", msg.get("exchange.col.peer"), 160, r -> r.peer().code().isEmpty()
                        ? msg.get("exchange.log.passphrasePeer") : msg.text(ImportViewModel.party(r.peer()))),
                ExchangeUi.column("log-col-kind", msg.get("exchange.col.kind"), 60, r -> msg.label(r.kind())),
                ExchangeUi.number("log-col-sequence", msg.get("exchange.col.sequence"), 50, LoggedPackageRow::sequence),
                ExchangeUi.column("log-col-created", msg.get("exchange.col.created"), 120,
                        r -> ExchangeUi.time(vm.local(r.createdAt()))),
                ExchangeUi.column("log-col-recorded", msg.get("exchange.col.recorded"), 120,
                        r -> ExchangeUi.time(vm.local(r.recordedAt()))),
                ExchangeUi.number("log-col-rows", msg.get("exchange.col.rows"), 70, LoggedPackageRow::rows),
                ExchangeUi.number("log-col-added", msg.get("exchange.col.added"), 60,
                        r -> received(r) ? r.added() : null),
                ExchangeUi.number("log-col-updated", msg.get("exchange.col.updated"), 60,
                        r -> received(r) ? r.updated() : null),
                ExchangeUi.number("log-col-conflicts", msg.get("exchange.col.conflicting"), 60,
                        r -> received(r) ? r.conflicts() : null),
                ExchangeUi.column("log-col-file", msg.get("exchange.col.file"), 200, LoggedPackageRow::fileName)));

        Label hint = ExchangeUi.hint("log-hint", msg.get("exchange.log.hint"));
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button refresh = new Button(msg.get("exchange.refresh"));
        refresh.setId("log-refresh");
        refresh.disableProperty().bind(vm.state().loadingProperty());
        refresh.setOnAction(e -> vm.reload());
        HBox bar = new HBox(12, hint, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        setTop(new VBox(6, new LoadFailureBar("log-load-failure", vm.state(), msg, vm::reload), bar));
        setCenter(table);
    }

    private static boolean received(LoggedPackageRow r) {
        return r.direction() == PackageDirection.RECEIVED;
    }
}
