package io.guankou.model.returnee.sheet;

import io.guankou.model.returnee.ReturneeEdit;
import java.util.List;

/**
 * One data row of a returnee sheet: its row number as Excel shows it, the returnee it describes, and what is
 * wrong with it (empty: it can be added).
 */
public record ReturneeSheetRow(int rowNumber, ReturneeEdit edit, List<ReturneeRowProblem> problems) {

    public ReturneeSheetRow {
        problems = List.copyOf(problems);
    }

    public boolean refused() {
        return !problems.isEmpty();
    }
}
