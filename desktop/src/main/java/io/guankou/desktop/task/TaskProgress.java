package io.guankou.desktop.task;

/** What long work sees while it runs: a place to report progress and a question whether to stop. */
public interface TaskProgress {

    void update(long done, long total);

    /**
     * True once the task was cancelled; the work should then throw
     * {@link java.util.concurrent.CancellationException} and leave nothing half done.
     */
    boolean isCancelled();
}
