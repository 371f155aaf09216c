package io.guankou.desktop.app;

import java.nio.file.Path;

/** What the console opens: a database file, whether it is the demo, and a language (null = saved choice). */
public record LaunchOptions(Path dbFile, boolean demo, io.guankou.desktop.i18n.Language language) {
}
