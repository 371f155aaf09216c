package io.guankou.model.exchange.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/** What the writer's and reader's worker threads share: waiting that notices cancellation, rethrowing failures. */
final class Stages {

    private static final long POLL_MILLIS = 50;
    /** How long closing waits for a worker to stop; it always stops soon once interrupted. */
    private static final long JOIN_MILLIS = 10_000;

    private Stages() {
    }

    /**
     * The next element of {@code queue} for the calling (ledger's) thread: waits in short steps, each time looking
     * whether a worker failed (then its failure is thrown) or the caller was interrupted (a cancellation).
     */
    static <T> T take(BlockingQueue<T> queue, Failure failure) throws IOException {
        while (true) {
            failure.rethrow();
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("package work cancelled");
            }
            try {
                T element = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (element != null) {
                    return element;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("package work cancelled");
            }
        }
    }

    /**
     * Waits for a worker to end its work; a failure of any worker is thrown, and an interrupt of the caller is a
     * cancellation (the caller then stops the workers).
     */
    static void await(Thread thread, Failure failure) throws IOException {
        while (thread.isAlive()) {
            failure.rethrow();
            try {
                thread.join(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("package work cancelled");
            }
        }
    }

    static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Interrupts the worker and waits for it to end (keeping the caller's own interrupt). */
    static void stop(Thread thread) {
        thread.interrupt();
        join(thread);
    }

    static void join(Thread thread) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOIN_MILLIS);
        while (thread.isAlive() && System.nanoTime() < deadline) {
            try {
                thread.join(POLL_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true;
                thread.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first failure of any worker, kept for the ledger's thread. */
    static final class Failure {

        private volatile Throwable first;

        void set(Throwable t) {
            synchronized (this) {
                if (first == null) {
                    first = t;
                }
            }
        }

        boolean isSet() {
            return first != null;
        }

        void rethrow() throws IOException {
            Throwable t = first;
            if (t == null) {
                return;
            }
            if (t instanceof IOException) {
                throw new IOException(t.getMessage(), t);
            }
            if (t instanceof UncheckedIOException) {
                throw new IOException(t.getMessage(), t.getCause());
            }
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw new IllegalStateException("a package worker failed", t);
        }
    }
}
