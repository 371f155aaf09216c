package io.guankou.model.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyFormsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void anIssueMayNotTakeMoreThanIsInStock() {
        MovementEdit e = new MovementEdit(1L, 2L, MovementKind.ISSUE, "31", "2026-11-20", "");
        assertThat(MovementRules.check(e, List.of(1L), List.of(2L), 30, "盒", TODAY))
                .containsExactly(SupplyProblem.of(SupplyField.QUANTITY, SupplyProblem.Kind.MORE_THAN_STOCK, 30, "盒"));
        assertThat(MovementRules.check(new MovementEdit(1L, 2L, MovementKind.ISSUE, "30", "2026-11-20", null),
                List.of(1L), List.of(2L), 30, "盒", TODAY)).isEmpty();
        // a receipt is never limited by the stock; full-width digits and 2026/11/19 are read
        MovementEdit r = new MovementEdit(1L, 2L, MovementKind.RECEIPT, "５００", "2026/11/19", " 县药库 ");
        assertThat(MovementRules.check(r, List.of(1L), List.of(2L), 0, "盒", TODAY)).isEmpty();
        assertThat(MovementRules.movement(r)).isEqualTo(new SupplyMovement(1, 2, MovementKind.RECEIPT, 500,
                LocalDate.of(2026, 11, 19)));
        assertThat(MovementRules.note(" 县药库 ")).isEqualTo("县药库");
    }

    @Test
    void eachFieldSaysWhatIsWrong() {
        MovementEdit e = new MovementEdit(null, 9L, null, "0", "2026-11-21", "x".repeat(201));
        assertThat(MovementRules.check(e, List.of(1L), List.of(2L), 0, "盒", TODAY)).containsExactly(
                SupplyProblem.of(SupplyField.FACILITY, SupplyProblem.Kind.REQUIRED),
                SupplyProblem.of(SupplyField.ITEM, SupplyProblem.Kind.UNKNOWN),
                SupplyProblem.of(SupplyField.KIND, SupplyProblem.Kind.REQUIRED),
                SupplyProblem.of(SupplyField.QUANTITY, SupplyProblem.Kind.OUT_OF_RANGE, 1, 1_000_000),
                SupplyProblem.of(SupplyField.DATE, SupplyProblem.Kind.FUTURE_DATE),
                SupplyProblem.of(SupplyField.NOTE, SupplyProblem.Kind.TOO_LONG, 200));
        assertThat(MovementRules.check(new MovementEdit(1L, 2L, MovementKind.RECEIPT, "十", "2026-02-30", null),
                List.of(1L), List.of(2L), 0, "盒", TODAY)).containsExactly(
                SupplyProblem.of(SupplyField.QUANTITY, SupplyProblem.Kind.NOT_A_NUMBER),
                SupplyProblem.of(SupplyField.DATE, SupplyProblem.Kind.BAD_DATE));
    }

    @Test
    void itemNamesAreUniquePerKind() {
        List<SupplyItem> items = List.of(new SupplyItem(1, SupplyKind.ANTIPYRETIC, "布洛芬缓释胶囊", "盒", 1));
        assertThat(ItemRules.check(new ItemEdit(0, SupplyKind.ANTIPYRETIC, "布洛芬 缓释胶囊", "盒", "1"), items))
                .containsExactly(SupplyProblem.of(SupplyField.NAME, SupplyProblem.Kind.DUPLICATE_NAME));
        assertThat(ItemRules.check(new ItemEdit(0, SupplyKind.COUGH_MEDICINE, "布洛芬缓释胶囊", "盒", "1"), items))
                .isEmpty();
        assertThat(ItemRules.check(new ItemEdit(1, SupplyKind.ANTIPYRETIC, "布洛芬缓释胶囊", "", "0"), items))
                .containsExactly(SupplyProblem.of(SupplyField.UNIT, SupplyProblem.Kind.REQUIRED),
                        SupplyProblem.of(SupplyField.PER_PERSON, SupplyProblem.Kind.OUT_OF_RANGE, 1, 50));
    }

    @Test
    void settingsRoundTripAndRefuseBadValues() {
        SupplySettings s = new SupplySettings(5, 15, 10, LocalDate.of(2027, 2, 6), 21, 30);
        assertThat(SupplySettings.decode(s.encode())).isEqualTo(s);
        assertThat(SupplySettings.decode(SupplySettings.defaults().encode())).isEqualTo(SupplySettings.defaults());
        assertThat(SupplySettings.decode("")).isEqualTo(SupplySettings.defaults());
        assertThat(new SupplySettings.Input("7", "20", "14", "", "30", "50").settings())
                .contains(SupplySettings.defaults());
        assertThat(new SupplySettings.Input("0", "101", "14", "2027-13-01", "30", "x").problems()).containsExactly(
                SupplyProblem.of(SupplyField.WINDOW_DAYS, SupplyProblem.Kind.OUT_OF_RANGE, 1, 60),
                SupplyProblem.of(SupplyField.TARGET_PERCENT, SupplyProblem.Kind.OUT_OF_RANGE, 1, 100),
                SupplyProblem.of(SupplyField.SPRING_FESTIVAL, SupplyProblem.Kind.BAD_DATE),
                SupplyProblem.of(SupplyField.FESTIVAL_RAISE_PERCENT, SupplyProblem.Kind.NOT_A_NUMBER));
        assertThat(PopulationInput.parse("").population()).isNull();
        assertThat(PopulationInput.parse("12000").population()).isEqualTo(12_000);
        assertThat(PopulationInput.parse("-3").problem().kind()).isEqualTo(SupplyProblem.Kind.NOT_A_NUMBER);
    }
}
