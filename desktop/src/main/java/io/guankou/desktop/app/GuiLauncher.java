package io.guankou.desktop.app;

/** Starts the console; an interface so the command line can be tested without opening a window. */
@FunctionalInterface
public interface GuiLauncher {

    GuiLauncher JAVAFX = GuankouApp::launch;

    void launch(LaunchOptions options);
}
