package io.guankou.desktop.task;

/** Long work that reports progress and can be cancelled. */
@FunctionalInterface
public interface ProgressWork<T> {

    T call(TaskProgress progress) throws Exception;
}
