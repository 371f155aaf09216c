package io.guankou.desktop;

import io.guankou.desktop.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: deterministic view-model tests without an FX toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {

    public final List<Throwable> errors = new ArrayList<>();

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess) {
        run(name, work, onSuccess, errors::add);
    }
}
