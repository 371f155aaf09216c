package io.guankou.desktop.task;

/**
 * The caller's side of a cancellable task: made before the task starts, so a cancel can arrive while the
 * work is still running (in tests the work runs inside the call that starts it).
 */
public final class TaskHandle {

    private volatile boolean cancelled;

    /** Asks the work to stop at its next check; it reports back through the runner's cancelled callback. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
