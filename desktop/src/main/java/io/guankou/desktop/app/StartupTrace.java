package io.guankou.desktop.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.guankou.desktop.task.LoadState;
import java.time.Duration;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.slf4j.LoggerFactory;

/**
 * Marks of the start-up stages, for measuring where the time to the window goes: with
 * {@code -Dio.guankou.startupTrace=true} each {@link #mark} logs the CPU time the process has used so far (all threads)
 * and the wall-clock time in milliseconds since the epoch (a start script subtracts the time it forked the app:
 * the JVM's own idea of its start time is only as exact as the kernel's boot time, a second). Without the property
 * a mark costs one boolean test.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("io.guankou.startupTrace");

    private StartupTrace() {
    }

    /** Logs that the start-up reached {@code stage}, when tracing is on. */
    public static void mark(String stage) {
        if (!ON) {
            return;
        }
        long at = System.currentTimeMillis();
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        long thread = threadCpuMillis();
        // the first mark sets up logging: after the figures are taken
        LoggerFactory.getLogger(StartupTrace.class).info("start-up {}: {} ms CPU ({} ms this thread), at {} ms", stage,
                cpu, thread, at);
    }

    /** Marks {@code stage} once {@code state} is first ready (a view's first load), when tracing is on. */
    public static void markWhenReady(LoadState state, String stage) {
        if (!ON) {
            return;
        }
        state.phaseProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends LoadState.Phase> o, LoadState.Phase was,
                                LoadState.Phase now) {
                if (now == LoadState.Phase.READY || now == LoadState.Phase.FAILED) {
                    o.removeListener(this);
                    mark(stage + (now == LoadState.Phase.FAILED ? " (failed)" : ""));
                }
            }
        });
    }

    /** The CPU time of the calling thread in ms (Linux: /proc/thread-self/stat, in ticks of 10 ms), or -1. */
    private static long threadCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
