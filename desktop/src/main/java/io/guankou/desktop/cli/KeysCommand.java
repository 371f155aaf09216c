package io.guankou.desktop.cli;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.keys.InvalidKeyFile;
import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.model.exchange.keys.PublicKeyFile;
import io.guankou.model.sync.GlobalIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code guankou keys (--new | --show | --export-public OUT) [--dir DIR]}: makes a ledger's key pairs, shows their
 * fingerprint, or writes the public half to a file for the other side. Without {@code --dir}, the key folder of
 * the ledger {@code --db} names (the office's ledger by default) in the per-user data folder. Keys are never
 * overwritten.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Make, show or export the keys that sign and open USB data packages.")
final class KeysCommand extends PackageCommand {

    static final class Action {
        @Option(names = "--new", required = true, descriptionKey = "cli.keys.opt.new")
        boolean create;

        @Option(names = "--show", required = true, descriptionKey = "cli.keys.opt.show")
        boolean show;

        @Option(names = "--export-public", paramLabel = "OUT", required = true,
                descriptionKey = "cli.keys.opt.exportPublic")
        Path exportTo;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "cli.keys.opt.dir")
    Path dir;

    @Mixin
    DatabaseOption db;

    KeysCommand(GuankouCommand root, CliContext cli) {
        super(root, cli);
    }

    @Override
    void run(PackageRun run, PrintWriter out, PrintWriter err) {
        if (action.create) {
            create(out, err);
        } else {
            PublicKeyFile keys = readPublic(folder());
            if (action.show) {
                show(out, keys);
            } else {
                export(out, keys);
            }
        }
    }

    private void create(PrintWriter out, PrintWriter err) {
        Messages msg = cli.messages();
        char[] passphrase = keyOptions.newPassphrase(cli);
        try {
            Path folder;
            if (dir != null) {
                folder = dir;
                if (KeyFolder.exists(folder)) {
                    throw new CommandProblem(msg.format("cli.keys.exist", folder));
                }
                UUID ledgerId = GlobalIds.standard().next(cli.clock().instant());
                KeyFolder.create(folder, ledgerId, Optional.<Party>empty(), LedgerKeys.generate(new SecureRandom()),
                        passphrase);
            } else {
                try (CliLedger ledger = cli.open(db)) {
                    folder = ledger.exchange(cli.userName(null)).ownKeyFolder();
                    if (KeyFolder.exists(folder)) {
                        throw new CommandProblem(msg.format("cli.keys.exist", folder));
                    }
                    ledger.exchange(cli.userName(null)).ensureOwnKeys(passphrase);
                }
            }
            PublicKeyFile keys = readPublic(folder);
            out.println(msg.format("cli.keys.created", folder, keys.keys().fingerprint()));
            if (passphrase == null) {
                err.println(msg.get("cli.keys.noPassphrase"));
            }
        } catch (FileAlreadyExistsException e) {
            throw new CommandProblem(msg.format("cli.keys.exist", e.getFile()));
        } catch (IOException e) {
            throw new CommandProblem(msg.format("cli.keys.cannotWrite", dir != null ? dir : "", e.getClass().getSimpleName()));
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    private void show(PrintWriter out, PublicKeyFile keys) {
        Messages msg = cli.messages();
        out.println(msg.format("cli.keys.fingerprint", keys.keys().fingerprint()));
        out.println(msg.format("cli.keys.ledger", keys.ledgerId()));
        keys.party().ifPresent(p -> out.println(msg.format("cli.keys.party", msg.label(p.role()), p.code(), p.name())));
        boolean locked;
        try {
            locked = KeyFolder.isProtected(folder());
        } catch (IOException e) {
            throw new CommandProblem(msg.format("cli.keys.unreadable", folder(), e.getClass().getSimpleName()));
        }
        out.println(msg.get(locked ? "cli.keys.protected" : "cli.keys.unprotected"));
    }

    private void export(PrintWriter out, PublicKeyFile keys) {
        Messages msg = cli.messages();
        try {
            Files.writeString(action.exportTo, keys.encode(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new CommandProblem(msg.format("cli.keys.outExists", action.exportTo));
        } catch (IOException e) {
            throw new CommandProblem(msg.format("cli.keys.cannotWrite", action.exportTo, e.getClass().getSimpleName()));
        }
        out.println(msg.format("cli.keys.exported", action.exportTo, keys.keys().fingerprint()));
    }

    /** The folder {@code --dir} names, or the key folder of the ledger {@code --db} names. */
    private Path folder() {
        if (dir != null) {
            return dir;
        }
        try (CliLedger ledger = cli.open(db)) {
            return ledger.exchange(cli.userName(null)).ownKeyFolder();
        }
    }

    private PublicKeyFile readPublic(Path folder) {
        Messages msg = cli.messages();
        try {
            if (!KeyFolder.exists(folder)) {
                throw new CommandProblem(msg.format("cli.keys.none", folder));
            }
            return KeyFolder.readPublic(folder);
        } catch (IOException | InvalidKeyFile e) {
            throw new CommandProblem(msg.format("cli.keys.unreadable", folder, e.getClass().getSimpleName()));
        }
    }
}
