package io.guankou.desktop.exchange;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.Styles;
import io.guankou.model.exchange.PackageKind;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The export section: kind, recipient and destination on the left; the button, progress and cancel, and the
 * verified result ("may be removed") on the right. Binds to {@link ExportViewModel}.
 */
final class ExportPane extends HBox {

    private final ExportViewModel vm;
    private final ExchangeUi ui;
    private final Messages msg;
    private final FilePicker picker;
    private final Supplier<Window> owner;

    ExportPane(ExportViewModel vm, ExchangeUi ui, FilePicker picker, Supplier<Window> owner) {
        super(12);
        this.vm = vm;
        this.ui = ui;
        this.msg = ui.msg();
        this.picker = picker;
        this.owner = owner;
        setPadding(new Insets(10, 0, 0, 0));
        VBox left = new VBox(10, kind(), recipient(), keyPassphrase());
        VBox right = new VBox(10, destination(), action());
        left.setPrefWidth(560);
        right.setPrefWidth(560);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.disableProperty().bind(vm.stepProperty().isNotEqualTo(ExportViewModel.Step.EDITING));
        getChildren().addAll(left, right);
    }

    // ---- 1. full or delta

    private Node kind() {
        ToggleGroup group = new ToggleGroup();
        RadioButton full = ExchangeUi.radio("export-kind-full", msg.get("exchange.export.kindFull"), group,
                PackageKind.FULL);
        RadioButton delta = ExchangeUi.radio("export-kind-delta", msg.get("exchange.export.kindDelta"), group,
                PackageKind.DELTA);
        delta.disableProperty().bind(vm.deltaPossibleProperty().not());
        ExchangeUi.bind(group, vm.kindProperty());
        Label why = ui.line("export-delta-reason", vm.deltaReasonProperty(), "muted");
        VBox.setMargin(why, new Insets(0, 0, 0, 26));
        return ui.section("export-kind", "exchange.export.kindTitle", full, delta, why);
    }

    // ---- 2. for whom

    private Node recipient() {
        ToggleGroup group = new ToggleGroup();
        RadioButton toPeer = ExchangeUi.radio("export-to-peer", msg.get("exchange.export.toPeer"), group,
                ExportViewModel.RecipientMode.PEER);
        RadioButton toKeyFile = ExchangeUi.radio("export-to-key-file", msg.get("exchange.export.toKeyFile"), group,
                ExportViewModel.RecipientMode.KEY_FILE);
        RadioButton toPassphrase = ExchangeUi.radio("export-to-passphrase", msg.get("exchange.export.toPassphrase"),
                group, ExportViewModel.RecipientMode.PASSPHRASE);
        ExchangeUi.bind(group, vm.modeProperty());
        toPeer.disableProperty().bind(Bindings.isEmpty(vm.peers()));

        ComboBox<KnownPeer> peers = new ComboBox<>(vm.peers());
        peers.setId("export-peer");
        peers.setMaxWidth(Double.MAX_VALUE);
        peers.setConverter(EnumChoices.converter(p -> msg.text(ImportViewModel.party(p.party()))));
        peers.valueProperty().bindBidirectional(vm.peerProperty());
        Label peerFingerprint = new Label();
        peerFingerprint.setId("export-peer-fingerprint");
        peerFingerprint.getStyleClass().add("muted");
        peerFingerprint.textProperty().bind(Bindings.createStringBinding(() -> vm.peerProperty().get() == null ? ""
                : msg.format("exchange.export.peerFingerprint", vm.peerProperty().get().fingerprint()),
                vm.peerProperty()));
        VBox peerBox = indented(peers, peerFingerprint);
        ExchangeUi.showWhen(peerBox, toPeer.selectedProperty());

        Button pickKey = new Button(msg.get("exchange.export.chooseKeyFile"));
        pickKey.setId("export-choose-key-file");
        pickKey.setOnAction(e -> vm.chooseKeyFile(picker.publicKeyFile(owner.get())));
        Label keyFile = new Label();
        keyFile.setId("export-key-file");
        keyFile.textProperty().bind(Bindings.createStringBinding(() -> vm.keyFileProperty().get() == null
                ? msg.get("exchange.export.noKeyFile") : String.valueOf(vm.keyFileProperty().get().getFileName()),
                vm.keyFileProperty()));
        Label keyInfo = new Label();
        keyInfo.setId("export-key-file-info");
        keyInfo.setWrapText(true);
        keyInfo.textProperty().bind(Bindings.createStringBinding(() -> {
            PublicKeyInfo info = vm.keyFileInfoProperty().get();
            if (info == null) {
                return "";
            }
            String who = info.party().map(p -> msg.text(ImportViewModel.party(p)))
                    .orElse(msg.get("exchange.export.keyFileNoParty"));
            return msg.format("exchange.export.keyFileInfo", who, info.fingerprint());
        }, vm.keyFileInfoProperty()));
        ExchangeUi.showWhen(keyInfo, keyInfo.textProperty().isNotEmpty());
        Label keyError = ui.line("export-key-file-error", vm.keyFileErrorProperty(), Styles.ERROR_TEXT);
        // a ledger not registered yet: the user confirms the fingerprint read over the phone before the export
        CheckBox confirmed = new CheckBox(msg.get("exchange.export.keyFileConfirmed"));
        confirmed.setId("export-key-file-confirmed");
        confirmed.setWrapText(true);
        confirmed.selectedProperty().bindBidirectional(vm.keyFileConfirmedProperty());
        ExchangeUi.showWhen(confirmed, vm.keyFileNewProperty());
        HBox keyRow = new HBox(8, pickKey, keyFile);
        keyRow.setAlignment(Pos.CENTER_LEFT);
        VBox keyBox = indented(keyRow, keyInfo, confirmed, keyError);
        ExchangeUi.showWhen(keyBox, toKeyFile.selectedProperty());

        PasswordField pass = password("export-passphrase", vm.passphraseProperty());
        pass.setPromptText(msg.format("exchange.export.passphrasePrompt", ExportViewModel.MIN_PASSPHRASE));
        PasswordField again = password("export-passphrase-again", vm.passphraseAgainProperty());
        again.setPromptText(msg.get("exchange.export.passphraseAgainPrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, ExchangeUi.fixed(msg.get("exchange.export.passphrase")),
                FieldMessage.wrap("export-passphrase-error", pass, vm.passphraseErrorProperty(), msg));
        grid.addRow(1, ExchangeUi.fixed(msg.get("exchange.export.passphraseAgain")),
                FieldMessage.wrap("export-passphrase-again-error", again, vm.passphraseAgainErrorProperty(), msg));
        javafx.scene.layout.ColumnConstraints c0 = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1);
        VBox passBox = indented(grid, ExchangeUi.hint("export-passphrase-hint",
                msg.get("exchange.export.passphraseHint")));
        ExchangeUi.showWhen(passBox, toPassphrase.selectedProperty());

        return ui.section("export-recipient", "exchange.export.recipientTitle", toPeer, peerBox, toKeyFile, keyBox,
                toPassphrase, passBox);
    }

    private static VBox indented(Node... content) {
        VBox box = new VBox(4, content);
        box.setPadding(new Insets(0, 0, 4, 26));
        return box;
    }

    private PasswordField password(String id, javafx.beans.property.StringProperty value) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setMaxWidth(Double.MAX_VALUE);
        return f;
    }

    /** The own key's passphrase, when the private keys are protected (they sign the package). */
    private Node keyPassphrase() {
        PasswordField key = password("export-key-passphrase", vm.keyPassphraseProperty());
        Node box = ui.section("export-key", "exchange.keyPassphraseTitle",
                FieldMessage.wrap("export-key-passphrase-error", key, vm.keyPassphraseErrorProperty(), msg),
                ExchangeUi.hint("export-key-hint", msg.get("exchange.export.keyPassphraseHint")));
        ExchangeUi.showWhen(box, vm.keyProtectedProperty());
        return box;
    }

    // ---- 3. where

    private Node destination() {
        ListView<Path> drives = new ListView<>(vm.drives());
        drives.setId("export-drives");
        drives.setPrefHeight(110);
        drives.setPlaceholder(wrapping(msg.get("exchange.export.noDrives")));
        drives.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : msg.format("exchange.export.drive", p.toString()));
            }
        });
        drives.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.destinationProperty().set(b);
            }
        });
        Runnable follow = () -> {
            Path d = vm.destinationProperty().get();
            if (d != null && vm.drives().contains(d)) {
                drives.getSelectionModel().select(d);
            } else {
                drives.getSelectionModel().clearSelection();
            }
        };
        vm.destinationProperty().addListener((o, a, b) -> follow.run());
        vm.drives().addListener((javafx.collections.ListChangeListener<Path>) c -> follow.run());
        follow.run();

        Button refresh = new Button(msg.get("exchange.export.refreshDrives"));
        refresh.setId("export-refresh-drives");
        refresh.disableProperty().bind(vm.drivesLoadingProperty());
        refresh.setOnAction(e -> vm.refreshDrives());
        Button folder = new Button(msg.get("exchange.export.chooseFolder"));
        folder.setId("export-choose-folder");
        folder.setOnAction(e -> {
            Path chosen = picker.folder(owner.get(), "exchange.export.folderTitle", vm.destinationProperty().get());
            if (chosen != null) {
                vm.destinationProperty().set(chosen);
            }
        });
        HBox buttons = new HBox(8, refresh, folder);
        Label where = new Label();
        where.setId("export-destination");
        where.setWrapText(true);
        where.textProperty().bind(Bindings.createStringBinding(() -> vm.destinationProperty().get() == null
                ? msg.get("exchange.export.noDestination")
                : msg.format("exchange.export.destination", vm.destinationProperty().get().toString()),
                vm.destinationProperty()));
        VBox box = (VBox) ui.section("export-where", "exchange.export.destinationTitle", drives, buttons, where);
        box.disableProperty().bind(vm.stepProperty().isNotEqualTo(ExportViewModel.Step.EDITING));
        return box;
    }

    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        l.setPadding(new Insets(6));
        return l;
    }

    // ---- 4. export, progress, result

    private Node action() {
        Button export = new Button(msg.get("exchange.export.run"));
        export.setId("export-run");
        export.getStyleClass().add("accent");
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.canExportProperty().not());
        export.setOnAction(e -> vm.export());
        Label missing = ui.line("export-missing", vm.missingProperty(), "muted");
        HBox start = new HBox(10, export, missing);
        start.setAlignment(Pos.CENTER_LEFT);
        ExchangeUi.showWhen(start, vm.stepProperty().isEqualTo(ExportViewModel.Step.EDITING));

        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(msg.get("exchange.cancel"));
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> vm.cancel());
        Label writing = new Label(msg.get("exchange.export.writing"));
        HBox running = new HBox(10, writing, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        ExchangeUi.showWhen(running, vm.stepProperty().isEqualTo(ExportViewModel.Step.EXPORTING));

        Label done = new Label();
        done.setId("export-result");
        done.setWrapText(true);
        done.getStyleClass().add("section-subtitle");
        Label remove = new Label();
        remove.setId("export-may-remove");
        remove.setWrapText(true);
        remove.getStyleClass().add("exchange-may-remove");
        Label recipient = new Label();
        recipient.setId("export-result-recipient");
        recipient.setWrapText(true);
        Button another = new Button(msg.get("exchange.export.another"));
        another.setId("export-another");
        another.setOnAction(e -> vm.another());
        vm.resultProperty().addListener((o, a, b) -> {
            done.setText(msg.text(vm.resultText()));
            remove.setText(msg.text(vm.removalText()));
            recipient.setText(msg.text(vm.recipientText()));
        });
        VBox result = new VBox(8, done, remove, recipient, another);
        result.getStyleClass().add("exchange-result");
        ExchangeUi.showWhen(result, vm.stepProperty().isEqualTo(ExportViewModel.Step.DONE));

        return ui.section("export-action", "exchange.export.actionTitle", start, running, result,
                MessageLine.ok("export-status", vm.statusProperty(), msg),
                MessageLine.error("export-error", vm.errorProperty(), msg));
    }
}
