package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.transport.CentreCoverage;
import io.guankou.model.transport.CentreRule;
import io.guankou.model.transport.TimeSource;
import io.guankou.model.transport.VillageCoverage;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The coverage sub-tab: a summary line, the settings in one row, the table of centres (gaps first, marked by colour
 * and by text), and the selected centre's villages with the measured time to type (Enter saves).
 */
final class CoveragePane extends VBox {

    static final String GAP_CLASS = "coverage-gap";

    private final CoverageViewModel vm;
    private final Messages msg;

    CoveragePane(CoverageViewModel vm, Messages msg) {
        super(6);
        this.vm = vm;
        this.msg = msg;
        setPadding(new Insets(8, 0, 0, 0));
        Label summary = new Label();
        summary.setId("coverage-summary");
        summary.getStyleClass().add("coverage-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> msg.text(vm.summary()), vm.reportProperty()));
        Label method = new Label();
        method.getStyleClass().add("muted");
        method.setWrapText(true);
        method.setMaxWidth(Double.MAX_VALUE);
        method.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        method.textProperty().bind(Bindings.createStringBinding(() -> {
            var s = vm.reportProperty().get().settings();
            return msg.format("coverage.method", s.dispatchDelayMinutes(), number(s.detourFactor()), s.speedKmh(),
                    s.ruralTargetMinutes(), s.urbanTargetMinutes());
        }, vm.reportProperty()));
        TableView<CentreCoverage> centres = centres();
        TableView<VillageCoverage> villages = villages();
        VBox.setVgrow(centres, Priority.SOMETIMES);
        VBox.setVgrow(villages, Priority.ALWAYS);
        centres.setPrefHeight(110);
        centres.setMinHeight(90);
        getChildren().addAll(summary, method, new CoverageSettingsPane(vm.settings(), msg), centres,
                villagesTitle(), villages, measuredRow());
    }

    private TableView<CentreCoverage> centres() {
        TableView<CentreCoverage> t = CoverageTables.table("coverage-centres", vm.centres(),
                msg.get("coverage.noCentres"));
        t.getColumns().addAll(List.of(
                CoverageTables.column(msg.get("coverage.col.centre"), 190, c -> c.centre().name()),
                CoverageTables.column(msg.get("coverage.col.type"), 130, c -> msg.label(c.centre().type())),
                CoverageTables.column(msg.get("coverage.col.ambulances"), 110,
                        c -> msg.format("coverage.ambulanceCounts", c.networked(), c.ambulances(),
                                c.networkedInService())),
                CoverageTables.column(msg.get("coverage.col.rule"), 120, this::ruleText),
                CoverageTables.column(msg.get("coverage.col.villagesCovered"), 80,
                        c -> Integer.toString(c.villagesCovered())),
                CoverageTables.column(msg.get("coverage.col.villagesNotCovered"), 90,
                        c -> Integer.toString(c.villagesNotCovered())),
                CoverageTables.column(msg.get("coverage.col.redCovered"), 90, c -> Integer.toString(c.redCovered())),
                CoverageTables.column(msg.get("coverage.col.redNotCovered"), 100,
                        c -> Integer.toString(c.redNotCovered()))));
        t.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(CentreCoverage c, boolean empty) {
                super.updateItem(c, empty);
                getStyleClass().remove(GAP_CLASS);
                if (!empty && c != null && c.hasGap()) {
                    getStyleClass().add(GAP_CLASS);
                }
            }
        });
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedCentreProperty().get()) {
                vm.selectCentre(b);
            }
        });
        vm.selectedCentreProperty().addListener((o, a, b) -> {
            if (b != null && t.getSelectionModel().getSelectedItem() != b) {
                t.getSelectionModel().select(b);
            }
        });
        return t;
    }

    private String ruleText(CentreCoverage c) {
        return msg.label(c.rule()) + (c.rule() == CentreRule.NOT_MET ? " " + msg.get("coverage.gapMarker") : "");
    }

    private Node villagesTitle() {
        Label l = new Label();
        l.getStyleClass().add("coverage-villages-title");
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            CentreCoverage c = vm.selectedCentreProperty().get();
            return c == null ? "" : msg.format("coverage.villagesOf", c.centre().name(), c.villagesNotCovered(),
                    c.redNotCovered());
        }, vm.selectedCentreProperty()));
        return l;
    }

    private TableView<VillageCoverage> villages() {
        TableView<VillageCoverage> t = CoverageTables.table("coverage-villages", vm.villages(),
                msg.get("coverage.noVillages"));
        t.getColumns().addAll(List.of(
                CoverageTables.column(msg.get("coverage.col.village"), 100, v -> v.village().name()),
                CoverageTables.column(msg.get("coverage.col.red"), 70, v -> Integer.toString(v.redPersons())),
                CoverageTables.column(msg.get("coverage.col.base"), 170,
                        v -> vm.dataProperty().get().facilityName(v.baseId())),
                CoverageTables.column(msg.get("coverage.col.distance"), 90,
                        v -> v.distanceKm() == null ? "" : String.format(Locale.ROOT, "%.1f", v.distanceKm())),
                CoverageTables.column(msg.get("coverage.col.estimate"), 80, v -> minutes(v.estimateMinutes())),
                CoverageTables.column(msg.get("coverage.col.measured"), 80,
                        v -> v.measuredMinutes() == null ? "" : Integer.toString(v.measuredMinutes())),
                CoverageTables.column(msg.get("coverage.col.counted"), 90, this::countedText),
                CoverageTables.column(msg.get("coverage.col.target"), 60, v -> Integer.toString(v.targetMinutes())),
                CoverageTables.column(msg.get("coverage.col.covered"), 200, this::coveredText)));
        t.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(VillageCoverage c, boolean empty) {
                super.updateItem(c, empty);
                getStyleClass().remove(GAP_CLASS);
                if (!empty && c != null && !c.covered()) {
                    getStyleClass().add(GAP_CLASS);
                }
            }
        });
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedVillageProperty().get()) {
                vm.selectVillage(b);
            }
        });
        vm.selectedVillageProperty().addListener((o, a, b) -> {
            if (b != null && t.getSelectionModel().getSelectedItem() != b) {
                t.getSelectionModel().select(b);
            }
        });
        return t;
    }

    private String countedText(VillageCoverage v) {
        return v.source() == TimeSource.UNKNOWN ? msg.label(v.source())
                : msg.format("coverage.counted", minutes(v.minutes()), msg.label(v.source()));
    }

    private String coveredText(VillageCoverage v) {
        return v.covered() ? msg.get("coverage.covered")
                : msg.format("coverage.notCovered", msg.label(v.gap()));
    }

    private Node measuredRow() {
        TextField field = new TextField();
        field.setId("coverage-measured");
        field.setPrefColumnCount(5);
        field.textProperty().bindBidirectional(vm.measuredProperty());
        field.setPromptText(msg.get("coverage.measured.prompt"));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.saveMeasured();
                e.consume();
            }
        });
        field.disableProperty().bind(vm.selectedVillageProperty().isNull().or(vm.state().readyProperty().not()));
        Button save = new Button(msg.get("coverage.measured.save"));
        save.setId("coverage-measured-save");
        save.setOnAction(e -> vm.saveMeasured());
        save.disableProperty().bind(field.disableProperty().or(vm.ambulances().savingProperty()));
        Label label = new Label();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            VillageCoverage v = vm.selectedVillageProperty().get();
            return v == null ? msg.get("coverage.measured.label") : msg.format("coverage.measured.for",
                    v.village().name());
        }, vm.selectedVillageProperty()));
        Label hint = new Label(msg.get("coverage.measured.hint"));
        hint.getStyleClass().add("muted");
        NoticeLabel notice = new NoticeLabel("coverage-notice", vm.noticeProperty(), msg);
        HBox.setHgrow(notice, Priority.ALWAYS);
        HBox row = new HBox(8, label, CoverageTables.field("coverage-measured", field,
                vm.measuredErrorProperty(), msg), save, hint, notice);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static String minutes(Double m) {
        // whole minutes up: a village shown at the target is within it
        return m == null ? "" : String.format(Locale.ROOT, "%.0f", Math.ceil(m - 1e-9));
    }

    static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
