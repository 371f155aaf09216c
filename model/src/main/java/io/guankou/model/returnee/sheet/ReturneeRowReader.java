package io.guankou.model.returnee.sheet;

import io.guankou.model.place.Village;
import io.guankou.model.returnee.HouseholdRef;
import io.guankou.model.returnee.ReturneeEdit;
import io.guankou.model.returnee.ReturneeField;
import io.guankou.model.returnee.ReturneeProblem;
import io.guankou.model.returnee.ReturneeRules;
import io.guankou.model.sheet.Parsed;
import io.guankou.model.sheet.RawRow;
import io.guankou.model.sheet.SheetText;
import io.guankou.model.sheet.SheetVillages;
import io.guankou.model.sheet.ValueParsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a data row of a returnee sheet into the returnee form's values and checks them with the form's rules
 * ({@link ReturneeRules#check}), naming the sheet's column for each problem.
 *
 * <p>The household column (address / head of household / household joined) finds a ledger household by its address, or by the name of
 * one of its persons (the head of household), within the row's village when the sheet names one; a text that finds
 * none, or more than one, is kept as the typed address. The village is found as the ledger import finds it
 * (code, name, name without the usual suffixes); without a village column a matched household gives it. The yes/no
 * columns read the ledger import's words (yes/no words); blank is no. Not thread-safe: one per sheet.
 */
public final class ReturneeRowReader {

    private final ReturneeHeader header;
    private final SheetVillages villages;
    private final List<Long> villageIds;
    private final Collection<HouseholdRef> households;
    private final Map<Long, Long> householdVillages = new HashMap<>();
    private final LocalDate today;

    public ReturneeRowReader(ReturneeHeader header, List<Village> villages, Collection<HouseholdRef> households,
                             LocalDate today) {
        this.header = Objects.requireNonNull(header, "header");
        this.villages = new SheetVillages(villages);
        this.villageIds = villages.stream().map(Village::id).toList();
        this.households = List.copyOf(households);
        households.forEach(h -> householdVillages.put(h.id(), h.villageId()));
        this.today = today;
    }

    /** Whether a row holds anything in a column of the header (else it is no data row: a signature line). */
    public boolean isData(RawRow row) {
        return header.columns().keySet().stream().anyMatch(c -> !SheetText.isBlank(header.cell(row, c)));
    }

    public ReturneeSheetRow read(RawRow row) {
        List<ReturneeRowProblem> problems = new ArrayList<>();
        String villageText = header.cell(row, ReturneeColumn.VILLAGE);
        Long villageId = SheetText.isBlank(villageText) ? null : villages.find(villageText).orElse(-1L);
        String householdText = header.cell(row, ReturneeColumn.HOUSEHOLD);
        Optional<HouseholdRef> household = household(householdText, villageId);
        if (villageId == null && household.isPresent()) {
            villageId = household.get().villageId();
        }
        boolean clinic = yesNo(row, ReturneeColumn.CLINIC_NUMBER, problems);
        boolean advice = yesNo(row, ReturneeColumn.ADVICE, problems);
        ReturneeEdit edit = new ReturneeEdit(0, header.cell(row, ReturneeColumn.NAME),
                header.cell(row, ReturneeColumn.PHONE), villageId, household.map(HouseholdRef::id).orElse(null),
                household.isPresent() ? null : householdText, header.cell(row, ReturneeColumn.ARRIVAL),
                header.cell(row, ReturneeColumn.FROM), clinic, advice);
        for (ReturneeProblem p : ReturneeRules.check(edit, villageIds, householdVillages, today)) {
            ReturneeColumn column = column(p.field());
            problems.add(new ReturneeRowProblem(column, header.cell(row, column), p));
        }
        return new ReturneeSheetRow(row.number(), edit, problems);
    }

    private Optional<HouseholdRef> household(String text, Long villageId) {
        String n = SheetText.normalise(text);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        List<HouseholdRef> byAddress = households.stream().filter(h -> inVillage(h, villageId))
                .filter(h -> SheetText.normalise(h.address()).equals(n)).toList();
        if (byAddress.size() == 1) {
            return Optional.of(byAddress.get(0));
        }
        if (!byAddress.isEmpty()) {
            return Optional.empty();
        }
        List<HouseholdRef> byPerson = households.stream().filter(h -> inVillage(h, villageId))
                .filter(h -> h.members().stream().anyMatch(m -> SheetText.normalise(m.name()).equals(n))).toList();
        return byPerson.size() == 1 ? Optional.of(byPerson.get(0)) : Optional.empty();
    }

    private static boolean inVillage(HouseholdRef h, Long villageId) {
        return villageId == null || h.villageId() == villageId;
    }

    private boolean yesNo(RawRow row, ReturneeColumn column, List<ReturneeRowProblem> problems) {
        String cell = header.cell(row, column);
        Parsed<Boolean> parsed = ValueParsers.standard().yesNo(cell);
        if (!parsed.isOk()) {
            problems.add(new ReturneeRowProblem(column, cell,
                    ReturneeProblem.of(column == ReturneeColumn.ADVICE ? ReturneeField.ADVICE
                            : ReturneeField.CLINIC_NUMBER, ReturneeProblem.Kind.BAD_YES_NO)));
            return false;
        }
        return parsed.orElse(Boolean.FALSE);
    }

    /** The sheet's column a problem of the form's field is shown at. */
    static ReturneeColumn column(ReturneeField field) {
        return switch (field) {
            case NAME -> ReturneeColumn.NAME;
            case PHONE -> ReturneeColumn.PHONE;
            case VILLAGE -> ReturneeColumn.VILLAGE;
            case HOUSEHOLD, ADDRESS -> ReturneeColumn.HOUSEHOLD;
            case ARRIVAL -> ReturneeColumn.ARRIVAL;
            case FROM -> ReturneeColumn.FROM;
            case CLINIC_NUMBER -> ReturneeColumn.CLINIC_NUMBER;
            case ADVICE -> ReturneeColumn.ADVICE;
        };
    }
}
