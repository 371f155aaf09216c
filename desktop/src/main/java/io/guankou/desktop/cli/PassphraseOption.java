package io.guankou.desktop.cli;

/**
 * Reads a package passphrase from the environment variable named with {@code --passphrase-env VAR} (never from
 * the line itself).
 */
final class PassphraseOption {

    private PassphraseOption() {
    }

    /** The passphrase in {@code var}; a problem naming the variable when it is not set or empty. */
    static char[] read(CliContext cli, String var) {
        char[] value = cli.secrets().fromEnv(var);
        if (value == null) {
            throw new CommandProblem(cli.messages().format("cli.secret.envEmpty", var));
        }
        return value;
    }
}
