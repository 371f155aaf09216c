package io.guankou.desktop.resources.oximeter;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.oximeter.SerialInput;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryViewModelTest {

    @TempDir
    Path dir;
    OximeterFixture f;
    DeliveryViewModel vm;

    @BeforeEach
    void setUp() {
        f = new OximeterFixture(dir);
        vm = f.delivery;
    }

    @AfterEach
    void tearDown() {
        assertThat(f.runner.errors).isEmpty();
        f.close();
    }

    private boolean type(String serial) {
        vm.entryProperty().set(serial);
        return vm.addEntry();
    }

    @Test
    void serialsTypedOneByOneAreCheckedAtOnceAndRecordedTogether() {
        assertThat(type("ox-t001")).isTrue();
        assertThat(type("OX-T002")).isTrue();
        assertThat(vm.typed()).containsExactly("OX-T001", "OX-T002");
        assertThat(vm.entryProperty().get()).isEmpty();

        assertThat(type("OX-T001")).isFalse();
        assertThat(vm.entryErrorProperty().get()).isEqualTo(Msg.of(DeliveryViewModel.KEY_DUPLICATE_IN_LIST, "OX-T001"));
        assertThat(vm.entryProperty().get()).isEqualTo("OX-T001"); // stays to be corrected
        assertThat(type("PA-00001")).isFalse(); // a demo device
        assertThat(vm.entryErrorProperty().get()).isEqualTo(Msg.of(DeliveryViewModel.KEY_IN_LEDGER, "PA-00001"));
        assertThat(type("OX T#3")).isFalse();
        assertThat(vm.entryErrorProperty().get())
                .isEqualTo(Msg.of(Messages.enumKey(SerialInput.Problem.BAD_CHARACTER), "T#3"));

        vm.entryProperty().set("");
        vm.removeLast();
        assertThat(vm.typed()).containsExactly("OX-T001");
        assertThat(vm.entryProperty().get()).isEqualTo("OX-T002");
        int before = f.stock();
        // what is still in the field is added before recording
        assertThat(vm.recordTyped()).isTrue();
        assertThat(f.stock()).isEqualTo(before + 2);
        assertThat(vm.typed()).isEmpty();
        assertThat(vm.noticeProperty().get().text())
                .isEqualTo(Msg.of(DeliveryViewModel.KEY_RECORDED, 2, "OX-T001", "OX-T002"));
        // the overview has reloaded: the serials are now known
        assertThat(type("OX-T002")).isFalse();
    }

    @Test
    void aRangeIsCountedAsTypedAndRecordedWhole() {
        vm.fromProperty().set("OX-0098");
        vm.toProperty().set("OX-0102");
        assertThat(vm.rangeCountProperty().get()).isEqualTo(5);
        int before = f.stock();
        assertThat(vm.recordRange()).isTrue();
        assertThat(f.stock()).isEqualTo(before + 5);
        assertThat(vm.fromProperty().get()).isEmpty();

        vm.fromProperty().set("OX-0101");
        vm.toProperty().set("OX-0110");
        assertThat(vm.recordRange()).isFalse();
        assertThat(vm.rangeErrorProperty().get()).isEqualTo(Msg.of(DeliveryViewModel.KEY_IN_LEDGER, "OX-0101, OX-0102"));
        vm.toProperty().set("OX-0100");
        assertThat(vm.recordRange()).isFalse();
        assertThat(vm.rangeErrorProperty().get())
                .isEqualTo(Msg.of(Messages.enumKey(SerialInput.Problem.RANGE_BACKWARDS), "OX-0100"));
        assertThat(f.stock()).isEqualTo(before + 5);
    }

    @Test
    void anEmptyListIsNotRecorded() {
        assertThat(vm.recordTyped()).isFalse();
        assertThat(vm.entryErrorProperty().get()).isEqualTo(Msg.of(DeliveryViewModel.KEY_NOTHING));
    }
}
