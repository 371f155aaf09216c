package io.guankou.desktop.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one way views learn that data changed elsewhere: a writer publishes a {@link DataChange}, every
 * subscriber to its {@link DataKind} receives it, in subscription order, on the publishing thread (the FX
 * thread in the application: publish from a task's success callback). A subscriber that throws is logged and
 * reported to the uncaught-exception handler (which logs and shows it); the others still receive the change.
 */
public final class DataEvents {

    private record Subscriber(Set<DataKind> kinds, Consumer<? super DataChange> handler) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    /** Receives every change of the given kinds; returns what ends the subscription. */
    public Runnable subscribe(Set<DataKind> kinds, Consumer<? super DataChange> handler) {
        Subscriber s = new Subscriber(kinds.isEmpty() ? EnumSet.noneOf(DataKind.class) : EnumSet.copyOf(kinds),
                handler);
        subscribers.add(s);
        return () -> subscribers.remove(s);
    }

    public Runnable subscribe(DataKind kind, Consumer<? super DataChange> handler) {
        return subscribe(EnumSet.of(kind), handler);
    }

    public void publish(DataChange change) {
        List<RuntimeException> failures = new ArrayList<>();
        for (Subscriber s : subscribers) {
            if (!s.kinds().contains(change.kind())) {
                continue;
            }
            try {
                s.handler().accept(change);
            } catch (RuntimeException e) {
                failures.add(e); // logged (once) and shown by the uncaught-exception handler
            }
        }
        if (!failures.isEmpty()) {
            Thread t = Thread.currentThread();
            Thread.UncaughtExceptionHandler h = t.getUncaughtExceptionHandler();
            failures.forEach(e -> h.uncaughtException(t, e));
        }
    }
}
