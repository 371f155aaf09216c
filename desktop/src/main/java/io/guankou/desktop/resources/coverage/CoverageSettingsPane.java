package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.transport.TransportField;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;

/** The coverage settings in one row: five numbers, Save (or Enter in any of them) and the literature's defaults. */
final class CoverageSettingsPane extends FlowPane {

    CoverageSettingsPane(CoverageSettingsViewModel vm, Messages msg) {
        super(8, 4);
        setId("coverage-settings");
        setAlignment(Pos.TOP_LEFT);
        add(vm, msg, "coverage-delay", "coverage.settings.delay", vm.delayProperty(), TransportField.DISPATCH_DELAY);
        add(vm, msg, "coverage-detour", "coverage.settings.detour", vm.detourProperty(), TransportField.DETOUR_FACTOR);
        add(vm, msg, "coverage-speed", "coverage.settings.speed", vm.speedProperty(), TransportField.SPEED);
        add(vm, msg, "coverage-rural-target", "coverage.settings.ruralTarget", vm.ruralTargetProperty(),
                TransportField.RURAL_TARGET);
        add(vm, msg, "coverage-urban-target", "coverage.settings.urbanTarget", vm.urbanTargetProperty(),
                TransportField.URBAN_TARGET);
        Button save = new Button(msg.get("coverage.settings.save"));
        save.setId("coverage-settings-save");
        save.setOnAction(e -> vm.save());
        Button defaults = new Button(msg.get("coverage.settings.defaults"));
        defaults.setId("coverage-settings-defaults");
        defaults.setOnAction(e -> vm.useDefaults());
        getChildren().addAll(save, defaults, new NoticeLabel("coverage-settings-notice", vm.noticeProperty(), msg));
    }

    private void add(CoverageSettingsViewModel vm, Messages msg, String id, String labelKey, StringProperty value,
                     TransportField field) {
        TextField t = CoverageTables.text(id, value, 52);
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.save();
                e.consume();
            }
        });
        javafx.scene.layout.HBox pair = new javafx.scene.layout.HBox(4, CoverageTables.label(msg, labelKey),
                CoverageTables.field(id, t, vm.errorAt(field), msg));
        pair.setAlignment(Pos.TOP_LEFT);
        getChildren().add(pair);
    }
}
