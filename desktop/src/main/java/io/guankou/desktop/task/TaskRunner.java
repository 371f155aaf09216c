package io.guankou.desktop.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The one way desktop code does work off the FX thread (database, recomputation, filtering).
 * {@code onSuccess} and {@code onError} run on the FX thread in the application, and on the calling thread
 * in the same-thread variant tests use.
 */
public interface TaskRunner {

    /**
     * {@code onError} must bring the failure to the user (a view-model's {@code LoadState}, a notice, a field
     * message, or an alert); the runner has logged its cause by then.
     */
    <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError);

    /**
     * Runs long work with progress and cancel. {@code onProgress} gets 0..1, or -1 while the total is unknown.
     * {@link TaskHandle#cancel()} makes {@link TaskProgress#isCancelled()} true; when the work then throws
     * {@link java.util.concurrent.CancellationException}, {@code onCancelled} runs instead of {@code onError}.
     * {@code onCancelled} comes only after the work has stopped, so whatever it undoes is undone by then.
     */
    <T> void run(String name, TaskHandle handle, ProgressWork<T> work, DoubleConsumer onProgress,
                 Consumer<? super T> onSuccess, Runnable onCancelled, Consumer<Throwable> onError);
}
