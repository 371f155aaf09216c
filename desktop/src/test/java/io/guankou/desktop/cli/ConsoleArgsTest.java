package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.i18n.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 17, the window's start: the lines read without picocli, and those left to it. */
class ConsoleArgsTest {

    private static ConsoleArgs read(String... args) {
        return ConsoleArgs.read(args).orElseThrow();
    }

    @Test
    void theWindowsOwnOptionsInAnyOrderEitherSpelling() {
        assertThat(read()).isEqualTo(new ConsoleArgs(null, false, null));
        assertThat(read("--db", "ledger.db")).isEqualTo(new ConsoleArgs(Path.of("ledger.db"), false, null));
        assertThat(read("--db=ledger.db")).isEqualTo(new ConsoleArgs(Path.of("ledger.db"), false, null));
        assertThat(read("--demo", "--lang", "en")).isEqualTo(new ConsoleArgs(null, true, Language.EN));
        assertThat(read("--lang=zh_CN", "--demo")).isEqualTo(new ConsoleArgs(null, true, Language.ZH));
        assertThat(read("--lang", "en", "--db", "/data/ledger.db"))
                .isEqualTo(new ConsoleArgs(Path.of("/data/ledger.db"), false, Language.EN));
    }

    @Test
    void everyOtherLineIsPicoclisToReadAndReport() {
        String[][] lines = {
            {"stats"}, {"stats", "--db", "x.db"}, {"--help"}, {"-h"}, {"--version"}, {"-V"},
            {"--lang", "fr"}, {"--demo", "--db", "x.db"}, {"--db"}, {"--db", "--demo"}, {"--db="},
            {"--db", "a.db", "--db", "b.db"}, {"--demo", "--demo"}, {"--demo=true"}, {"@args.txt"},
            {"--db", "@args.txt"}, {"--bogus"}, {"ledger.db"}, {"--lang", "en", "stats"},
        };
        for (String[] line : lines) {
            assertThat(ConsoleArgs.read(line)).as(String.join(" ", line)).isEmpty();
        }
    }
}
