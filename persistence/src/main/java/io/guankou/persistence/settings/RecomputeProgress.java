package io.guankou.persistence.settings;

/**
 * Lets a long recompute report how far it got and be stopped. Called on the worker thread; a cancelled
 * recompute throws {@link java.util.concurrent.CancellationException} so its transaction rolls back.
 */
public interface RecomputeProgress {

    /** Ignores progress and never cancels. */
    RecomputeProgress NONE = new RecomputeProgress() {
        @Override
        public void progress(int done, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(int done, int total);

    boolean isCancelled();
}
