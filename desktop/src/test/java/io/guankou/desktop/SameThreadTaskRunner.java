package io.guankou.desktop;

import io.guankou.desktop.task.ProgressWork;
import io.guankou.desktop.task.TaskHandle;
import io.guankou.desktop.task.TaskProgress;
import io.guankou.desktop.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Runs work at once on the calling thread: deterministic view-model tests without an FX toolkit.
 * Progress reaches {@code onProgress} synchronously, so a test can cancel from a progress listener.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    /**
     * Every failure of work run here, whatever its handler did with it: a test that expects none asserts this
     * is empty; one that expects a failure checks it and clears it.
     */
    public final List<Throwable> errors = new ArrayList<>();

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            errors.add(e);
            onError.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void run(String name, TaskHandle handle, ProgressWork<T> work, DoubleConsumer onProgress,
                        Consumer<? super T> onSuccess, Runnable onCancelled, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call(new TaskProgress() {
                @Override
                public void update(long done, long total) {
                    // the same arithmetic as javafx.concurrent.Task.updateProgress
                    onProgress.accept(total <= 0 || done < 0 ? -1 : Math.min(done, total) / (double) total);
                }

                @Override
                public boolean isCancelled() {
                    return handle.isCancelled();
                }
            });
        } catch (CancellationException e) {
            onCancelled.run();
            return;
        } catch (Exception e) {
            errors.add(e);
            onError.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
