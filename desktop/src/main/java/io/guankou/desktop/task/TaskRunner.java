package io.guankou.desktop.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way desktop code does work off the FX thread (database, recomputation, filtering).
 * {@code onSuccess} and {@code onError} run on the FX thread in the application, and on the calling thread
 * in the same-thread variant tests use.
 */
public interface TaskRunner {

    <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError);

    /** Errors go to the runner's default handler (logged, shown to the user). */
    <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess);
}
