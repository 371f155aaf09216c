package io.guankou.desktop.exchange;

import io.guankou.persistence.exchange.TableCounts;
import java.util.List;

/**
 * What applying a package would do: whether it was applied before (then nothing would be written), per table the
 * rows added / updated / unchanged / conflicting, the warnings, and how many conflicts would join the list.
 */
public record ImportPreviewResult(boolean alreadyApplied, List<TableCounts> tables, List<PreviewWarning> warnings,
                                  int conflicts) {

    public ImportPreviewResult {
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }
}
