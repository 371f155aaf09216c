package io.guankou.desktop.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17, the window's start: its first loads wait for the first frame, then run in the order they came. */
class HeldTaskRunnerTest {

    private final List<String> done = new ArrayList<>();
    private final HeldTaskRunner runner = new HeldTaskRunner(new SameThreadTaskRunner());

    private void load(String name) {
        runner.run(name, () -> name, done::add, e -> done.add("failed " + name));
    }

    @Test
    void workGivenBeforeTheReleaseRunsAtTheReleaseInOrder() {
        load("ledger");
        load("overdue");
        assertThat(done).isEmpty();

        runner.release();

        assertThat(done).containsExactly("ledger", "overdue");
    }

    @Test
    void workGivenAfterTheReleaseRunsAtOnce() {
        runner.release();
        load("filter");
        assertThat(done).containsExactly("filter");

        runner.release();
        assertThat(done).as("a second release runs nothing again").containsExactly("filter");
    }

    @Test
    void workWithProgressIsHeldToo() {
        runner.run("import", new TaskHandle(), progress -> "imported", p -> { }, done::add, () -> done.add("cancelled"),
                e -> done.add("failed"));
        assertThat(done).isEmpty();

        runner.release();

        assertThat(done).containsExactly("imported");
    }
}
