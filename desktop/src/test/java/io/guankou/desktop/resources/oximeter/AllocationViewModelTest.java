package io.guankou.desktop.resources.oximeter;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.oximeter.AllocationReason;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.persistence.oximeter.OximeterOverview;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocationViewModelTest {

    @TempDir
    Path dir;
    OximeterFixture f;
    AllocationViewModel vm;

    @BeforeEach
    void setUp() {
        f = new OximeterFixture(dir);
        vm = f.allocation;
    }

    @AfterEach
    void tearDown() {
        assertThat(f.runner.errors).isEmpty();
        f.close();
    }

    @Test
    void theNumberStartsAtTheStockAndTheProposalGivesItAllToMinimumsWithReasons() {
        assertThat(vm.suppliedProperty().get()).isEqualTo("30");
        assertThat(vm.propose()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo(30);
        assertThat(vm.problemProperty().get()).isNull();
        AllocationViewModel.Line first = vm.lines().get(0);
        assertThat(first.count()).isPositive();
        assertThat(first.planned().forNeed()).isZero(); // 30 do not cover the demo's minimums
        assertThat(first.reasons().get(0).key()).isIn(
                "enum.AllocationReason.Kind." + AllocationReason.Kind.TO_MINIMUM,
                "enum.AllocationReason.Kind." + AllocationReason.Kind.MINIMUM_SHORT);
        assertThat(vm.summaryProperty().get()).isEqualTo(Msg.of(AllocationViewModel.KEY_LEFT_OVER, 30, 30, 0, 30));
    }

    @Test
    void anAdjustedAllocationIsRecordedAndTheDevicesMove() {
        vm.propose();
        AllocationViewModel.Line first = vm.lines().get(0);
        AllocationViewModel.Line second = vm.lines().get(1);
        int firstBefore = held(first);
        first.countProperty().set(first.count() + 1);
        assertThat(vm.problemProperty().get()).isEqualTo(Msg.of(AllocationViewModel.KEY_MORE_THAN_STOCK, 31, 30));
        assertThat(vm.accept()).isFalse();
        second.countProperty().set(second.count() - 1);
        assertThat(vm.problemProperty().get()).isNull();
        int given = first.count();
        assertThat(vm.accept()).isTrue();
        assertThat(vm.noticeProperty().get().error()).isFalse();
        assertThat(f.stock()).isZero();
        assertThat(held(first)).isEqualTo(firstBefore + given);
        assertThat(vm.lines()).isEmpty();
        assertThat(f.main.workingInStockProperty().get()).isZero();
        // the next proposal follows the new stock
        assertThat(vm.suppliedProperty().get()).isEqualTo("0");
    }

    private int held(AllocationViewModel.Line line) {
        OximeterOverview o = f.repo.overview(TestClocks.TODAY);
        return o.holders().stream().filter(h -> h.holder().equals(line.planned().candidate().holder()))
                .mapToInt(HolderStock::held).findFirst().orElseThrow();
    }

    @Test
    void nothingToGiveAndABadNumberAreSaidAndNothingIsRecorded() {
        vm.suppliedProperty().set("0");
        assertThat(vm.propose()).isTrue();
        assertThat(vm.lines()).allMatch(l -> l.count() == 0);
        assertThat(vm.problemProperty().get()).isEqualTo(Msg.of(AllocationViewModel.KEY_NOTHING));
        assertThat(vm.accept()).isFalse();
        vm.suppliedProperty().set("12a");
        assertThat(vm.propose()).isFalse();
        assertThat(vm.suppliedErrorProperty().get())
                .isEqualTo(Msg.of(AllocationViewModel.KEY_BAD_NUMBER, AllocationViewModel.MAX_SUPPLIED));
        assertThat(f.stock()).isEqualTo(30);
    }

    @Test
    void moreThanAllNeedLeavesTheRestInStockAndALargerPlanThanTheStockCannotBeRecorded() {
        vm.suppliedProperty().set("100000");
        vm.propose();
        int allocated = vm.totalProperty().get();
        assertThat(allocated).isLessThan(100_000);
        assertThat(vm.summaryProperty().get()).isEqualTo(Msg.of(AllocationViewModel.KEY_LEFT_OVER, 100_000,
                allocated, 100_000 - allocated, 30));
        assertThat(vm.lines()).anyMatch(l -> l.planned().forNeed() > 0);
        assertThat(vm.problemProperty().get()).isEqualTo(Msg.of(AllocationViewModel.KEY_MORE_THAN_STOCK, allocated,
                30));
    }
}
