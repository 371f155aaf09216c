package io.guankou.desktop.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {

    record Seen(String workThread, boolean workDaemon, boolean workOnFx, boolean callbackOnFx, Object value) {
    }

    final FxTaskRunner runner = new FxTaskRunner(2);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void worksOffTheFxThreadOnNamedDaemonsAndAnswersOnIt() throws Exception {
        CompletableFuture<Seen> seen = new CompletableFuture<>();
        String[] thread = new String[1];
        boolean[] daemon = new boolean[1];
        boolean[] onFx = new boolean[1];
        runner.run("probe", () -> {
            thread[0] = Thread.currentThread().getName();
            daemon[0] = Thread.currentThread().isDaemon();
            onFx[0] = Platform.isFxApplicationThread();
            return 42;
        }, v -> seen.complete(new Seen(thread[0], daemon[0], onFx[0], Platform.isFxApplicationThread(), v)),
                seen::completeExceptionally);
        Seen s = seen.get(30, TimeUnit.SECONDS);
        assertThat(s.workThread()).startsWith("guankou-worker-");
        assertThat(s.workDaemon()).isTrue();
        assertThat(s.workOnFx()).isFalse();
        assertThat(s.callbackOnFx()).isTrue();
        assertThat(s.value()).isEqualTo(42);
    }

    @Test
    void failuresGoToTheErrorHandlerOnTheFxThread() throws Exception {
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        runner.run("fails", () -> {
            throw new IllegalStateException("boom");
        }, v -> onFx.complete(false), e -> onFx.complete(Platform.isFxApplicationThread()
                && e instanceof IllegalStateException));
        assertThat(onFx.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void progressArrivesOnTheFxThreadAndACancelReachesTheWorkThenTheCancelledCallback() throws Exception {
        TaskHandle handle = new TaskHandle();
        CompletableFuture<Boolean> progressOnFx = new CompletableFuture<>();
        CompletableFuture<Boolean> cancelledOnFx = new CompletableFuture<>();
        boolean[] workSawCancel = new boolean[1];
        runner.run("long", handle, p -> {
            p.update(1, 2);
            long give = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!p.isCancelled() && System.nanoTime() < give) {
                Thread.sleep(5);
            }
            workSawCancel[0] = p.isCancelled();
            throw new CancellationException();
        }, v -> {
            if (v == 0.5) {
                progressOnFx.complete(Platform.isFxApplicationThread());
                handle.cancel();
            }
        }, v -> cancelledOnFx.complete(false), () -> cancelledOnFx.complete(Platform.isFxApplicationThread()),
                e -> cancelledOnFx.complete(false));
        assertThat(progressOnFx.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelledOnFx.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(workSawCancel[0]).isTrue();
    }

    @Test
    void anUncancelledProgressTaskSucceeds() throws Exception {
        CompletableFuture<Object> result = new CompletableFuture<>();
        runner.run("short", new TaskHandle(), p -> {
            p.update(2, 2);
            return "done";
        }, v -> { }, result::complete, () -> result.complete("cancelled"), result::complete);
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo("done");
    }
}
