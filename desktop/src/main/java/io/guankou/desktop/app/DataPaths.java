package io.guankou.desktop.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the per-user data lives: Linux {@code $XDG_DATA_HOME/guankou} (default {@code ~/.local/share/guankou}),
 * Windows {@code %APPDATA%\Guankou}. The demo township has its own sub-folder so it can never be mistaken
 * for, or overwrite, the office's real ledger.
 */
public record DataPaths(Path dataDir) {

    public static final String LEDGER_FILE = "ledger.db";
    public static final String DEMO_FILE = "demo-township.db";

    public static DataPaths forCurrentUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static DataPaths of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return new DataPaths(base.resolve("Guankou"));
        }
        if (os.startsWith("mac")) {
            return new DataPaths(home.resolve("Library/Application Support/Guankou"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local/share");
        return new DataPaths(base.resolve("guankou"));
    }

    public Path ledgerFile() {
        return dataDir.resolve(LEDGER_FILE);
    }

    /**
     * The key folder of the ledger with id {@code ledgerId} (its signing and encryption keys for USB data packages,
     * docs/package-format.md): beside the ledgers, never inside a package or a ledger file.
     */
    public Path keysDir(java.util.UUID ledgerId) {
        return dataDir.resolve("keys").resolve(ledgerId.toString());
    }

    public Path demoFile() {
        return dataDir.resolve("demo").resolve(DEMO_FILE);
    }
}
