package io.guankou.desktop.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * A runner that holds the work given to it until {@link #release()}, then hands it on in order, and from then on
 * hands on everything at once. The window's start gives its first loads to one, released after the window's first
 * frame: on two cores, the ledger's load beside the first layout slowed the window by a third. A view-model
 * shows "loading" from the moment it asks, as before; only the work waits. Use on the FX thread.
 */
public final class HeldTaskRunner implements TaskRunner {

    private final TaskRunner runner;
    private List<Runnable> held = new ArrayList<>();

    public HeldTaskRunner(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner);
    }

    /** Hands on the work held so far, in the order it came; later work goes straight on. */
    public void release() {
        List<Runnable> waiting = held;
        held = null;
        if (waiting != null) {
            waiting.forEach(Runnable::run);
        }
    }

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        pass(() -> runner.run(name, work, onSuccess, onError));
    }

    @Override
    public <T> void run(String name, TaskHandle handle, ProgressWork<T> work, DoubleConsumer onProgress,
                        Consumer<? super T> onSuccess, Runnable onCancelled, Consumer<Throwable> onError) {
        pass(() -> runner.run(name, handle, work, onProgress, onSuccess, onCancelled, onError));
    }

    private void pass(Runnable handOn) {
        if (held != null) {
            held.add(handOn);
        } else {
            handOn.run();
        }
    }
}
