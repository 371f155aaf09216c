package io.guankou.desktop.cli;

/**
 * Ends a command with exit code 2 and one line that is already worded for the user (the reason, naming the cause).
 * The package commands throw it; their {@code call} prints it through {@code cli.error}.
 */
final class CommandProblem extends RuntimeException {

    CommandProblem(String line) {
        super(line, null, false, false);
    }
}
