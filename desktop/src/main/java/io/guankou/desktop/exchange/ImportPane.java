package io.guankou.desktop.exchange;

import io.guankou.persistence.exchange.TableCounts;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.model.exchange.PackageHeader;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The import section: the file and how to open it, then what the package says about itself (a new sender's
 * fingerprint to confirm) on the left; the preview per table with its warnings, the import and its result on the
 * right. Refusals are shown above both, in words that say what to do. Binds to {@link ImportViewModel}.
 */
final class ImportPane extends VBox {

    private final ImportViewModel vm;
    private final ExchangeUi ui;
    private final Messages msg;
    private final Runnable showConflicts;

    ImportPane(ImportViewModel vm, ExchangeUi ui, FilePicker picker, Supplier<Window> owner,
               Runnable showConflicts) {
        super(10);
        this.vm = vm;
        this.ui = ui;
        this.msg = ui.msg();
        this.showConflicts = showConflicts;
        setPadding(new Insets(10, 0, 0, 0));
        Label refusal = ui.line("import-error", vm.errorProperty(), "exchange-refusal");
        refusal.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(10, choose(picker, owner), info());
        VBox right = new VBox(10, preview(), apply());
        left.setPrefWidth(560);
        right.setPrefWidth(560);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(refusal, MessageLine.ok("import-status", vm.statusProperty(), msg),
                new HBox(12, left, right));
    }

    // ---- 1. the file and how to open it

    private Node choose(FilePicker picker, Supplier<Window> owner) {
        Button pick = new Button(msg.get("exchange.import.choose"));
        pick.setId("import-choose");
        pick.disableProperty().bind(vm.busyProperty());
        pick.setOnAction(e -> vm.choose(picker.packageToImport(owner.get())));
        Label file = new Label();
        file.setId("import-file");
        file.setWrapText(true);
        file.textProperty().bind(Bindings.createStringBinding(() -> vm.fileProperty().get() == null
                ? msg.get("exchange.import.noFile") : vm.fileProperty().get().toString(), vm.fileProperty()));
        HBox row = new HBox(8, pick, file);
        row.setAlignment(Pos.CENTER_LEFT);

        PasswordField key = password("import-key-passphrase", vm.keyPassphraseProperty());
        HBox keyRow = labelled("exchange.keyPassphraseTitle",
                FieldMessage.wrap("import-key-passphrase-error", key, vm.keyPassphraseErrorProperty(), msg));
        ExchangeUi.showWhen(keyRow, Bindings.createBooleanBinding(() -> vm.keyProtectedProperty().get()
                && !vm.usePassphraseProperty().get(), vm.keyProtectedProperty(), vm.usePassphraseProperty()));

        CheckBox usePassphrase = new CheckBox(msg.get("exchange.import.usePassphrase"));
        usePassphrase.setId("import-use-passphrase");
        usePassphrase.selectedProperty().bindBidirectional(vm.usePassphraseProperty());
        PasswordField pass = password("import-passphrase", vm.passphraseProperty());
        HBox passRow = labelled("exchange.import.passphrase",
                FieldMessage.wrap("import-passphrase-error", pass, vm.passphraseErrorProperty(), msg));
        ExchangeUi.showWhen(passRow, vm.usePassphraseProperty());

        Button verify = new Button(msg.get("exchange.import.verify"));
        verify.setId("import-verify");
        verify.disableProperty().bind(vm.canVerifyProperty().not());
        verify.setOnAction(e -> vm.verify());
        ProgressIndicator checking = new ProgressIndicator();
        checking.setPrefSize(18, 18);
        Label checkingText = new Label(msg.get("exchange.import.verifying"));
        HBox verifying = new HBox(6, checking, checkingText);
        verifying.setAlignment(Pos.CENTER_LEFT);
        ExchangeUi.showWhen(verifying, vm.stepProperty().isEqualTo(ImportViewModel.Step.VERIFYING));
        HBox verifyRow = new HBox(10, verify, verifying);
        verifyRow.setAlignment(Pos.CENTER_LEFT);
        return ui.section("import-file-section", "exchange.import.fileTitle", row, keyRow, usePassphrase, passRow,
                verifyRow);
    }

    private HBox labelled(String key, Node field) {
        HBox box = new HBox(8, ExchangeUi.fixed(msg.get(key)), field);
        HBox.setHgrow(field, Priority.ALWAYS);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private static PasswordField password(String id, javafx.beans.property.StringProperty value) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setMaxWidth(Double.MAX_VALUE);
        return f;
    }

    // ---- 2. what the package says

    private Node info() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(5);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        String[] keys = {"exchange.import.sender", "exchange.import.township", "exchange.import.kind",
            "exchange.import.sequence", "exchange.import.created", "exchange.import.size", "exchange.import.signer",
            "exchange.import.signerStatus"};
        String[] ids = {"import-sender", "import-township", "import-kind", "import-sequence", "import-created",
            "import-size", "import-fingerprint", "import-signer-status"};
        Label[] values2 = new Label[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values2[i] = new Label();
            values2[i].setId(ids[i]);
            values2[i].setWrapText(true);
            grid.addRow(i, ExchangeUi.fixed(msg.get(keys[i])), values2[i]);
        }
        values2[6].getStyleClass().add("exchange-fingerprint");
        vm.infoProperty().addListener((o, a, info) -> {
            if (info == null) {
                for (Label l : values2) {
                    l.setText("");
                }
                return;
            }
            PackageHeader h = info.header();
            values2[0].setText(msg.text(ImportViewModel.party(h.sender())));
            values2[1].setText(msg.text(ImportViewModel.party(h.township())));
            values2[2].setText(msg.label(h.kind()));
            values2[3].setText(msg.text(h.buildsOn() == null ? Msg.of("exchange.import.sequenceFull", h.sequence())
                    : Msg.of("exchange.import.sequenceDelta", h.sequence(), h.buildsOn())));
            values2[4].setText(ExchangeUi.time(vm.local(h.createdAt())));
            values2[5].setText(msg.format("exchange.import.sizeRows", msg.text(vm.sizeText()),
                    ExchangeUi.count(info.rows())));
            values2[6].setText(info.signerFingerprint());
            values2[7].setText(msg.label(info.status()));
            values2[7].getStyleClass().remove("field-warning");
            if (info.status() == SignerStatus.NEW_SENDER) {
                values2[7].getStyleClass().add("field-warning");
            }
        });

        Label explain = new Label(msg.get("exchange.import.newSenderExplain"));
        explain.setWrapText(true);
        TextField typed = new TextField();
        typed.setId("import-typed-fingerprint");
        typed.setPromptText(msg.get("exchange.import.typedFingerprintPrompt"));
        typed.textProperty().bindBidirectional(vm.typedFingerprintProperty());
        typed.getStyleClass().add("exchange-fingerprint-input");
        Label matches = new Label(msg.get("exchange.import.fingerprintMatches"));
        matches.setId("import-fingerprint-matches");
        matches.getStyleClass().add("notice-ok");
        ExchangeUi.showWhen(matches, vm.fingerprintTypedMatchesProperty());
        CheckBox ticked = new CheckBox(msg.get("exchange.import.fingerprintTicked"));
        ticked.setId("import-fingerprint-ticked");
        ticked.setWrapText(true);
        ticked.selectedProperty().bindBidirectional(vm.fingerprintTickedProperty());
        VBox newSender = new VBox(6, explain,
                FieldMessage.wrap("import-typed-fingerprint-error", typed, vm.fingerprintErrorProperty(), msg),
                matches, ticked);
        newSender.setId("import-new-sender");
        newSender.getStyleClass().add("placeholder-note");
        newSender.disableProperty().bind(vm.busyProperty());
        ExchangeUi.showWhen(newSender, vm.newSenderProperty());

        Node box = ui.section("import-info", "exchange.import.infoTitle", grid, newSender);
        ExchangeUi.showWhen(box, vm.infoProperty().isNotNull());
        return box;
    }

    // ---- 3. preview

    private Node preview() {
        Button run = new Button(msg.get("exchange.import.preview"));
        run.setId("import-preview");
        run.disableProperty().bind(vm.canPreviewProperty().not());
        run.setOnAction(e -> vm.previewNow());
        Label needConfirm = new Label(msg.get("exchange.import.confirmFirst"));
        needConfirm.setId("import-confirm-first");
        needConfirm.getStyleClass().add("muted");
        needConfirm.setWrapText(true);
        ExchangeUi.showWhen(needConfirm, Bindings.createBooleanBinding(() -> vm.stepProperty().get()
                == ImportViewModel.Step.VERIFIED && !vm.senderConfirmedProperty().get(), vm.stepProperty(),
                vm.senderConfirmedProperty()));
        HBox start = new HBox(10, run, needConfirm);
        start.setAlignment(Pos.CENTER_LEFT);

        TableView<TableCounts> table = new TableView<>(vm.tables());
        table.setId("import-preview-table");
        // as tall as its rows (a package has at most 16 tables), at least three
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (Math.max(3, vm.tables().size()) + 1.3) * table.getFixedCellSize(), vm.tables()));
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(ExchangeUi.hint("import-preview-empty", msg.get("exchange.import.previewEmpty")));
        table.getColumns().addAll(List.of(
                ExchangeUi.column("import-col-table", msg.get("exchange.col.table"), 150, r -> ui.table(r.table())),
                ExchangeUi.number("import-col-added", msg.get("exchange.col.added"), 80, t -> (long) t.added()),
                ExchangeUi.number("import-col-updated", msg.get("exchange.col.updated"), 80, t -> (long) t.updated()),
                ExchangeUi.number("import-col-unchanged", msg.get("exchange.col.unchanged"), 80,
                        t -> (long) t.unchanged()),
                ExchangeUi.number("import-col-conflicting", msg.get("exchange.col.conflicting"), 80,
                        t -> (long) t.conflicting())));

        VBox warnings = new VBox(4);
        warnings.setId("import-warnings");
        vm.warnings().addListener((ListChangeListener<Msg>) c -> {
            warnings.getChildren().clear();
            for (Msg w : vm.warnings()) {
                Label l = new Label(msg.text(w));
                l.setWrapText(true);
                l.getStyleClass().add("exchange-warning");
                warnings.getChildren().add(l);
            }
        });
        Label summary = new Label();
        summary.setId("import-preview-summary");
        summary.setWrapText(true);
        vm.previewProperty().addListener((o, a, b) -> summary.setText(msg.text(vm.previewText())));
        ExchangeUi.showWhen(summary, summary.textProperty().isNotEmpty());

        return ui.section("import-preview-section", "exchange.import.previewTitle", start,
                progress("import-preview", ImportViewModel.Step.PREVIEWING, "exchange.import.reading"), table,
                warnings, summary);
    }

    // ---- 4. import

    private Node apply() {
        Button run = new Button(msg.get("exchange.import.apply"));
        run.setId("import-apply");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(vm.canApplyProperty().not());
        run.setOnAction(e -> vm.applyNow());
        Label hint = ExchangeUi.hint("import-apply-hint", msg.get("exchange.import.applyHint"));

        Label done = new Label();
        done.setId("import-result");
        done.setWrapText(true);
        done.getStyleClass().add("section-subtitle");
        vm.appliedProperty().addListener((o, a, b) -> done.setText(msg.text(vm.resultText())));
        Button conflicts = new Button(msg.get("exchange.import.showConflicts"));
        conflicts.setId("import-show-conflicts");
        conflicts.setOnAction(e -> showConflicts.run());
        ExchangeUi.showWhen(conflicts, Bindings.createBooleanBinding(() -> vm.appliedProperty().get() != null
                && vm.appliedProperty().get().conflicts() > 0, vm.appliedProperty()));
        Button another = new Button(msg.get("exchange.import.another"));
        another.setId("import-another");
        another.setOnAction(e -> vm.reset());
        HBox buttons = new HBox(8, conflicts, another);
        VBox result = new VBox(8, done, buttons);
        result.getStyleClass().add("exchange-result");
        ExchangeUi.showWhen(result, vm.stepProperty().isEqualTo(ImportViewModel.Step.DONE));
        HBox start = new HBox(10, run, hint);
        start.setAlignment(Pos.CENTER_LEFT);
        ExchangeUi.showWhen(start, vm.stepProperty().isNotEqualTo(ImportViewModel.Step.DONE));
        return ui.section("import-apply-section", "exchange.import.applyTitle", start,
                progress("import-apply", ImportViewModel.Step.APPLYING, "exchange.import.applying"), result);
    }

    private Node progress(String id, ImportViewModel.Step when, String key) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id + "-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(msg.get("exchange.cancel"));
        cancel.setId(id + "-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox box = new HBox(10, new Label(msg.get(key)), bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        ExchangeUi.showWhen(box, vm.stepProperty().isEqualTo(when));
        return box;
    }
}
