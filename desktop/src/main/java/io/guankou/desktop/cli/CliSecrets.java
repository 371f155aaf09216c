package io.guankou.desktop.cli;

import java.io.Console;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the command line gets a secret (a package passphrase, the passphrase of a key folder): from the
 * environment variable an option names, or from a prompt on the terminal. Never from the command line itself,
 * where it would stay in the shell's history and show in the process list.
 *
 * @param env reads an environment variable ({@code System::getenv}; tests pass a map)
 * @param prompt asks on the terminal without echo; answers {@code null} when there is no terminal
 */
record CliSecrets(Function<String, String> env, Prompt prompt) {

    /** Asks for a secret without echo; {@code null} when nobody can be asked. */
    @FunctionalInterface
    interface Prompt {
        char[] read(String question);
    }

    CliSecrets {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(prompt, "prompt");
    }

    /** The process's environment and its terminal, if it has one. */
    static CliSecrets system() {
        Console console = System.console();
        Prompt prompt = console == null ? q -> null : q -> console.readPassword("%s", q);
        return new CliSecrets(System::getenv, prompt);
    }

    /** The value of environment variable {@code name}, or {@code null} when it is not set or empty. */
    char[] fromEnv(String name) {
        String value = env.apply(name);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }
}
