package io.guankou.desktop.app;

import io.guankou.desktop.ui.CjkFont;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataPathsTest {

    private final Path home = Path.of("/home/ops");

    @Test
    void linuxUsesTheXdgDataFolder() {
        assertThat(DataPaths.of("Linux", Map.of(), home).ledgerFile())
                .isEqualTo(Path.of("/home/ops/.local/share/guankou/ledger.db"));
        assertThat(DataPaths.of("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), home).ledgerFile())
                .isEqualTo(Path.of("/data/xdg/guankou/ledger.db"));
        // a relative XDG_DATA_HOME is invalid by the spec and ignored
        assertThat(DataPaths.of("Linux", Map.of("XDG_DATA_HOME", "rel"), home).dataDir())
                .isEqualTo(Path.of("/home/ops/.local/share/guankou"));
    }

    @Test
    void windowsUsesAppData() {
        DataPaths p = DataPaths.of("Windows 10", Map.of("APPDATA", "/C/Users/ops/AppData/Roaming"), home);
        assertThat(p.ledgerFile()).isEqualTo(Path.of("/C/Users/ops/AppData/Roaming/Guankou/ledger.db"));
    }

    @Test
    void theDemoHasItsOwnFile() {
        DataPaths p = DataPaths.of("Linux", Map.of(), home);
        assertThat(p.demoFile()).isEqualTo(Path.of("/home/ops/.local/share/guankou/demo/demo-township.db"))
                .isNotEqualTo(p.ledgerFile());
    }

    @Test
    void theFirstInstalledCjkFontIsChosen() {
        assertThat(CjkFont.choose(Set.of("Arial", "WenQuanYi Micro Hei", "Noto Sans CJK SC")))
                .contains("Noto Sans CJK SC");
        assertThat(CjkFont.choose(Set.of("Microsoft YaHei", "WenQuanYi Micro Hei"))).contains("Microsoft YaHei");
        assertThat(CjkFont.choose(Set.of("Arial"))).isEmpty();
        assertThat(CjkFont.rootStyle(Optional.of("PingFang SC"), 13))
                .isEqualTo("-fx-font-family: 'PingFang SC'; -fx-font-size: 13.0px;");
        assertThat(CjkFont.fontSizeFor(1366)).isLessThan(CjkFont.fontSizeFor(1920));
    }
}
