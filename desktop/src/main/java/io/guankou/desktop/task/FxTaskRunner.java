package io.guankou.desktop.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work as {@link Task}s on a few named daemon threads; results and errors come back on the FX thread.
 * Errors are logged by task name and exception type only, because messages may quote ledger data.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    private final Consumer<Throwable> defaultErrorHandler;

    public FxTaskRunner(int threads, Consumer<Throwable> defaultErrorHandler) {
        this.executor = Executors.newFixedThreadPool(threads, namedDaemons());
        this.defaultErrorHandler = defaultErrorHandler;
    }

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.warn("Background task '{}' failed: {}", name, error == null ? "?" : error.getClass().getName());
            onError.accept(error);
        });
        executor.execute(task);
    }

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess) {
        run(name, work, onSuccess, defaultErrorHandler);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "guankou-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) ->
                    LOG.error("Uncaught {} on {}", e.getClass().getName(), th.getName()));
            return t;
        };
    }
}
