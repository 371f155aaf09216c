package io.guankou.desktop.exchange;

import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One list or value the exchange view loads in the background, with its {@link LoadState}: a later load wins over
 * an earlier one still running, and a change that arrives while loading loads again once that load is in.
 */
final class Reloading<T> {

    private final String taskName;
    private final TaskRunner runner;
    private final Callable<T> load;
    private final Consumer<T> onLoaded;
    private final LoadState state = new LoadState();
    private long generation;
    private boolean changedWhileLoading;

    Reloading(String taskName, TaskRunner runner, Callable<T> load, Consumer<T> onLoaded) {
        this.taskName = taskName;
        this.runner = runner;
        this.load = load;
        this.onLoaded = onLoaded;
    }

    LoadState state() {
        return state;
    }

    void reload() {
        long gen = ++generation;
        changedWhileLoading = false;
        state.loading();
        runner.run(taskName, load, loaded -> {
            if (gen != generation) {
                return;
            }
            onLoaded.accept(loaded);
            state.ready();
            if (changedWhileLoading) {
                reload();
            }
        }, error -> {
            if (gen == generation) {
                state.failed(ExchangeFailures.msg(error));
            }
        });
    }

    /** The data changed elsewhere: load again (after the running load, which may have read before the change). */
    void changed() {
        if (state.phase() == LoadState.Phase.LOADING) {
            changedWhileLoading = true;
        } else if (state.phase() != LoadState.Phase.NOT_LOADED) {
            reload();
        }
    }
}
