package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.ExportRefused;
import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.desktop.exchange.PackageRecipient;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.exchange.keys.KeyFolderLocked;
import io.guankou.model.exchange.keys.PublicKeyFile;
import io.guankou.persistence.demo.DemoCounty;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import io.guankou.persistence.exchange.PackageExporter;
import io.guankou.persistence.exchange.Peer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code guankou demo-county --dir DIR [--townships N] [--seed S] [--persons N]} (issue 16): a demo county to try
 * county mode on. {@code DIR/townships/<code>.db} are N demo township ledgers with distinct codes and names (their
 * keys in {@code DIR/township-keys/<code>/}); {@code DIR/county.db} is a county database with its key pair in
 * {@code DIR/county-keys/} and every township's public keys registered, no package imported yet;
 * {@code DIR/packages/<code>.pkg} is each township's full package to the county.
 */
@Command(name = "demo-county", mixinStandardHelpOptions = true,
        description = "Write a demo county: township ledgers, their packages to the county and an empty county database.")
final class DemoCountyCommand implements Callable<Integer> {

    static final int DEFAULT_TOWNSHIPS = 3;
    /** Smaller than a township demo's 6,000, so that three townships are written in well under a minute. */
    static final int DEFAULT_PERSONS = 2000;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", descriptionKey = "cli.opt.demoCountyDir")
    Path dir;

    @Option(names = "--townships", paramLabel = "N", descriptionKey = "cli.opt.townships")
    int townships = DEFAULT_TOWNSHIPS;

    @Option(names = "--persons", paramLabel = "N", descriptionKey = "cli.opt.countyPersons")
    int persons = DEFAULT_PERSONS;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.opt.seed")
    long seed = DemoOptions.DEFAULT_SEED;

    private final GuankouCommand root;
    private final CliContext cli;

    DemoCountyCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        root.languageOption();
        var msg = cli.messages();
        if (townships < 1 || townships > DemoCounty.maxTownships()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    msg.format("cli.demoCounty.badTownships", townships, DemoCounty.maxTownships()));
        }
        if (persons < 1 || persons > DemoOptions.MAX_PERSONS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    msg.format("cli.demo.badPersons", persons, DemoOptions.MAX_PERSONS));
        }
        Path countyDb = dir.resolve("county.db");
        Path countyKeys = dir.resolve("county-keys");
        // a demo never writes over a county database or key folder that is already there: it could be a real one
        if (Files.exists(countyDb) || KeyFolder.exists(countyKeys)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    msg.format("cli.demoCounty.exists", dir.toAbsolutePath()));
        }
        Files.createDirectories(dir.resolve("townships"));
        Files.createDirectories(dir.resolve("packages"));
        String user = cli.userName(null);
        PublicKeyFile county;
        try (CliLedger ledger = cli.createCounty(countyDb, DemoCounty.code(), DemoCounty.name())) {
            county = ledger.exchange(user, id -> countyKeys).ensureOwnKeys(null);
        }
        PrintWriter out = spec.commandLine().getOut();
        LocalDate today = LocalDate.now(cli.clock());
        List<DemoOptions.Named> list = DemoCounty.townships(townships);
        for (int i = 0; i < list.size(); i++) {
            DemoOptions.Named t = list.get(i);
            DemoOptions options = new DemoOptions(persons, seed + i, today).withTownship(t.code(), t.name());
            Path file = dir.resolve("townships").resolve(t.code() + ".db");
            DemoTownshipWriter.write(file, options);
            Path pkg = dir.resolve("packages").resolve(t.code() + ".pkg");
            Files.deleteIfExists(pkg);
            PublicKeyFile keys = writePackage(file, dir.resolve("township-keys").resolve(t.code()), county, pkg, user);
            register(countyDb, t, keys, user);
            out.println(msg.format("cli.demoCounty.township", t.name(), t.code(), persons, pkg.toAbsolutePath()));
        }
        out.println(msg.format("cli.demoCounty.written", countyDb.toAbsolutePath(), DemoCounty.name(),
                DemoCounty.code(), list.size(), countyKeys.toAbsolutePath()));
        out.println(msg.format("cli.demoCounty.next", countyDb, dir.resolve("packages").resolve(list.get(0).code()
                + ".pkg"), countyKeys));
        return GuankouCommand.EXIT_OK;
    }

    /** The township's keys (made now), and its full package to the county, whose keys it registers. */
    private PublicKeyFile writePackage(Path file, Path keyFolder, PublicKeyFile county, Path pkg, String user)
            throws IOException {
        try (CliLedger ledger = cli.openFile(file)) {
            PackageExchange exchange = ledger.exchange(user, id -> keyFolder);
            PublicKeyFile own = exchange.ensureOwnKeys(null);
            exchange.export(PackageKind.FULL, new PackageRecipient.Keys(county,
                    Optional.of(county.keys().fingerprint())), pkg, PackageExchange.unlock(keyFolder, null), rows -> { });
            return own;
        } catch (KeyFolderLocked | ExportRefused | PackageExporter.Refused e) {
            throw new IllegalStateException("The demo township " + file + " could not write its package", e);
        }
    }

    /** The county registers the township's public keys, as an office does once when the township first reports. */
    private void register(Path countyDb, DemoOptions.Named t, PublicKeyFile keys, String user) {
        Base64.Encoder b64 = Base64.getEncoder();
        try (CliLedger ledger = cli.openFile(countyDb)) {
            ledger.peers().register(new Peer(keys.ledgerId(), PartyRole.TOWNSHIP, t.code(), t.name(),
                    b64.encodeToString(keys.keys().signing()), b64.encodeToString(keys.keys().encryption()),
                    keys.keys().fingerprint(), cli.clock().instant(), user));
        } catch (PackageRefused e) {
            throw new IllegalStateException("The county database " + countyDb + " refused a township's keys", e);
        }
    }
}
