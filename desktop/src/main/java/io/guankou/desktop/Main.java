package io.guankou.desktop;

import io.guankou.desktop.app.StartupTrace;
import io.guankou.desktop.cli.GuankouCommand;

/**
 * Launcher. Deliberately not a JavaFX {@code Application}: on a plain classpath the JDK's launcher refuses
 * an Application main class ("JavaFX runtime components are missing"). With a subcommand this is a
 * command-line tool that opens no window; without one it starts the console.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        GuankouCommand.Outcome outcome = GuankouCommand.execute(args);
        if (!outcome.guiStarted()) {
            System.exit(outcome.exitCode());
        }
        // the GUI keeps the JVM alive through the FX thread until the window closes
    }
}
