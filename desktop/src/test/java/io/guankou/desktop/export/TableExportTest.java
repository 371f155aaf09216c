package io.guankou.desktop.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.task.ProgressWork;
import io.guankou.desktop.task.TaskHandle;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.Database;
import io.guankou.persistence.excel.ExportKind;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.excel.XlsxColumn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the three exports share: progress, the log row, and no unlogged file when the log fails. */
class TableExportTest extends ExportTestBase {

    private TableExport.Sheet numbers(TableExport export, int n) {
        List<Integer> items = IntStream.range(0, n).boxed().toList();
        return export.sheet("export.overdue.sheet", null, items,
                fullIds -> List.of(new XlsxColumn("n", 8, XlsxColumn.Kind.NUMBER)), (i, fullIds) -> List.of(i));
    }

    /** The same-thread runner, noting every progress report. */
    private record ProgressRecorder(TaskRunner runner, List<Double> progress) implements TaskRunner {
        @Override
        public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onError) {
            runner.run(name, work, onSuccess, onError);
        }

        @Override
        public <T> void run(String name, TaskHandle handle, ProgressWork<T> work, DoubleConsumer onProgress,
                            Consumer<? super T> onSuccess, Runnable onCancelled, Consumer<Throwable> onError) {
            runner.run(name, handle, work, p -> {
                progress.add(p);
                onProgress.accept(p);
            }, onSuccess, onCancelled, onError);
        }
    }

    @Test
    void progressRisesToOneAndTheExportIsLoggedWithoutFullIds() {
        List<Double> progress = new ArrayList<>();
        TableExport export = new TableExport(zh, new ProgressRecorder(runner, progress),
                new ExportLogRepository(db, clock), "测试员", "平安镇", clock);

        TableExport.Done done = export(export, dir.resolve("n.xlsx"), false, ExportKind.OVERDUE,
                numbers(export, 1000));

        assertThat(done.rows()).isEqualTo(1000);
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(1.0);
        assertThat(new ExportLogRepository(db, clock).list()).singleElement()
                .satisfies(l -> assertThat(l.fullIds()).isFalse());
    }

    @Test
    void whenTheLogCannotBeWrittenTheFileIsRemovedAndTheUserTold() {
        Database other = Database.open(dir.resolve("closed.db"));
        other.close(); // a closed database: the log row fails
        TableExport export = new TableExport(zh, runner, new ExportLogRepository(other, clock), "测试员", "平安镇",
                clock);
        Path file = dir.resolve("full.xlsx");
        AtomicReference<Throwable> failed = new AtomicReference<>();

        export.exportTo(file, true, ExportKind.LEDGER, numbers(export, 3), done -> { }, failed::set);

        assertThat(failed.get()).isNotNull();
        assertThat(Files.exists(file)).as("no unlogged export left behind").isFalse();
        assertThat(export.runningProperty().get()).isFalse();
        // the failure this test provokes, and nothing else, went to the runner
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }

    @Test
    void idsAreMaskedUnlessFullIsChosen() {
        String id = "50023519380101002X";
        assertThat(TableExport.residentId(id, false)).isNotEqualTo(id).contains("*").endsWith("002X");
        assertThat(TableExport.residentId(id, true)).isEqualTo(id);
        assertThat(TableExport.residentId(null, false)).isNull();
    }
}
