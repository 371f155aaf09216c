package io.guankou.desktop.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work as {@link Task}s on a few named daemon threads; results and errors come back on the FX thread.
 * Errors are logged by task name, exception types and frames only ({@link SafeTrace}), because messages may
 * quote ledger data.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    public FxTaskRunner(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, namedDaemons());
    }

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> succeeded(name, onSuccess, task.getValue(), onError));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.warn("Background task '{}' failed: {}", name, SafeTrace.of(error));
            onError.accept(error);
        });
        executor.execute(task);
    }

    /**
     * A result handler that throws is a failure of the task too: its error handler runs, so a view-model
     * does not stay "loading" with its retry disabled.
     */
    private static <T> void succeeded(String name, Consumer<? super T> onSuccess, T value,
                                      Consumer<Throwable> onError) {
        try {
            onSuccess.accept(value);
        } catch (RuntimeException e) {
            LOG.error("Handling the result of '{}' failed: {}", name, SafeTrace.of(e));
            onError.accept(e);
        }
    }

    @Override
    public <T> void run(String name, TaskHandle handle, ProgressWork<T> work, DoubleConsumer onProgress,
                        Consumer<? super T> onSuccess, Runnable onCancelled, Consumer<Throwable> onError) {
        ProgressTask<T> task = new ProgressTask<>(handle, work);
        task.progressProperty().addListener((o, a, b) -> onProgress.accept(b.doubleValue()));
        task.setOnSucceeded(e -> succeeded(name, onSuccess, task.getValue(), onError));
        // Task.cancel() would report "cancelled" at once, while the work may still be rolling back
        // (or past its last check and committing): the handle lets the work itself decide and say so.
        task.setOnCancelled(e -> onCancelled.run());
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof CancellationException) {
                LOG.info("Background task '{}' cancelled", name);
                onCancelled.run();
                return;
            }
            LOG.warn("Background task '{}' failed: {}", name, SafeTrace.of(error));
            onError.accept(error);
        });
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * A task whose work reports through {@link #updateProgress} and stops when its handle is cancelled.
     * It does not override {@link Task#isCancelled()}: Task relies on it to decide whether a result counts.
     */
    private static final class ProgressTask<T> extends Task<T> {
        private final TaskHandle handle;
        private final ProgressWork<T> work;

        ProgressTask(TaskHandle handle, ProgressWork<T> work) {
            this.handle = handle;
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call(new TaskProgress() {
                @Override
                public void update(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return handle.isCancelled() || ProgressTask.this.isCancelled();
                }
            });
        }
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "guankou-worker-" + n.incrementAndGet());
            t.setDaemon(true); // uncaught exceptions go to the default handler (app.UncaughtErrors)
            return t;
        };
    }
}
