package io.guankou.desktop.cli;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.place.Township;
import io.guankou.model.place.TownshipCodeProblem;
import io.guankou.model.place.CountyCodeProblem;
import io.guankou.model.place.CountyCodeRule;
import io.guankou.model.place.TownshipCodeRule;
import io.guankou.model.place.TownshipNameProblem;
import io.guankou.model.place.TownshipNameRule;
import io.guankou.model.place.TownshipSetup;
import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.model.exchange.keys.PublicKeyFile;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code guankou init [--db FILE] --township-code CODE --township-name NAME [--age-lower-bound 60|65]}: the first-run
 * set-up without a window. Creates a new, empty ledger for the township; without {@code --db}, the office's ledger
 * in the per-user data folder (the file the window opens), as every other command defaults. An existing file is
 * never overwritten: exit 2 with one line, as for a bad code, a missing name or an age bound other than 60 or 65.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new, empty ledger for a township (never overwrites a file).")
final class InitCommand implements Callable<Integer> {

    /** Key family of {@link TownshipCodeProblem}: what is wrong with a township code. */
    static final String CODE_PROBLEM = "township.codeProblem";
    /** Key family of {@link CountyCodeProblem}: what is wrong with a county code. */
    static final String COUNTY_CODE_PROBLEM = "county.codeProblem";
    /** Key family of {@link TownshipNameProblem}: what is wrong with a township name. */
    static final String NAME_PROBLEM = "township.nameProblem";

    @Spec
    CommandSpec spec;

    /** The file to create; the same option, default and help text as the commands that open a ledger. */
    @Mixin
    DatabaseOption db;

    @Option(names = "--township-code", paramLabel = "CODE", descriptionKey = "cli.init.opt.code")
    String code;

    @Option(names = "--township-name", paramLabel = "NAME", descriptionKey = "cli.init.opt.name")
    String name;

    /** A county database instead of a township ledger (issue 16): its packages come from the county's townships. */
    @Option(names = "--county", descriptionKey = "cli.init.opt.county")
    boolean county;

    @Option(names = "--county-code", paramLabel = "CODE", descriptionKey = "cli.init.opt.countyCode")
    String countyCode;

    @Option(names = "--county-name", paramLabel = "NAME", descriptionKey = "cli.init.opt.countyName")
    String countyName;

    /** Text, not a number: a bad value gets this command's own message rather than picocli's. */
    @Option(names = "--age-lower-bound", paramLabel = "60|65", descriptionKey = "cli.init.opt.ageLowerBound")
    String ageLowerBound;

    /** The passphrase of the new ledger's keys: recommended, from this variable or typed on the terminal. */
    @Mixin
    KeyOptions keyOptions;

    private final GuankouCommand root;
    private final CliContext cli;

    InitCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public Integer call() {
        root.languageOption();
        if (county || countyCode != null || countyName != null) {
            return initCounty();
        }
        TownshipSetup setup = new TownshipSetup(checkedCode(), checkedName(), checkedAgeLowerBound());
        char[] passphrase;
        try {
            passphrase = keyOptions.newPassphrase(cli);
        } catch (CommandProblem e) {
            throw usage(e.getMessage());
        }
        String line;
        String keysLine;
        try (CliLedger ledger = cli.create(db, setup, cli.userName(null))) {
            Township township = ledger.places().township();
            line = cli.messages().format("cli.init.created", ledger.file(), township.name(), township.code(),
                    ledger.tierRules().load().ageLowerBound());
            keysLine = makeKeys(ledger, passphrase);
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
        report(line, keysLine, passphrase == null);
        return GuankouCommand.EXIT_OK;
    }

    /** {@code init --county --db FILE --county-code CODE --county-name NAME}: a county database and its keys. */
    private Integer initCounty() {
        Messages msg = cli.messages();
        if (!county) {
            throw usage(msg.get("cli.init.countyFlag"));
        }
        if (code != null || name != null || ageLowerBound != null) {
            throw usage(msg.get("cli.init.countyNotTownship"));
        }
        if (!db.given()) {
            throw usage(msg.get("cli.init.countyNeedsDb"));
        }
        Optional<CountyCodeProblem> problem = CountyCodeRule.check(countyCode);
        if (problem.isPresent()) {
            throw usage(problem.get() == CountyCodeProblem.MISSING ? msg.get("cli.init.noCountyCode")
                    : msg.format("cli.init.badCountyCode", countyCode.strip(),
                    msg.get(Messages.enumKey(COUNTY_CODE_PROBLEM, problem.get()))));
        }
        Optional<TownshipNameProblem> nameProblem = TownshipNameRule.check(countyName);
        if (nameProblem.isPresent()) {
            throw usage(nameProblem.get() == TownshipNameProblem.MISSING ? msg.get("cli.init.noCountyName")
                    : msg.format("cli.init.badCountyName",
                    msg.format(Messages.enumKey(NAME_PROBLEM, nameProblem.get()), TownshipNameRule.MAX_LENGTH)));
        }
        char[] passphrase;
        try {
            passphrase = keyOptions.newPassphrase(cli);
        } catch (CommandProblem e) {
            throw usage(e.getMessage());
        }
        String line;
        String keysLine;
        try (CliLedger ledger = cli.createCounty(db.file, countyCode.strip(), TownshipNameRule.normalize(countyName))) {
            line = msg.format("cli.init.countyCreated", ledger.file(), TownshipNameRule.normalize(countyName),
                    countyCode.strip());
            keysLine = makeKeys(ledger, passphrase);
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
        report(line, keysLine, passphrase == null);
        return GuankouCommand.EXIT_OK;
    }

    /** The new ledger's key pairs, and the line that says where they are; null (and a line on stderr) when they could not be made. */
    private String makeKeys(CliLedger ledger, char[] passphrase) {
        try {
            PackageExchange exchange = ledger.exchange(cli.userName(null));
            PublicKeyFile keys = exchange.ensureOwnKeys(passphrase);
            return cli.messages().format("cli.keys.created", exchange.ownKeyFolder(), keys.keys().fingerprint());
        } catch (IOException e) {
            // the ledger is made; only its keys are missing, and guankou keys --new makes them later
            spec.commandLine().getErr().println(cli.messages().format("cli.init.keysFailed", e.getClass().getSimpleName()));
            return null;
        }
    }

    private void report(String line, String keysLine, boolean noPassphrase) {
        spec.commandLine().getOut().println(line);
        if (keysLine != null) {
            spec.commandLine().getOut().println(keysLine);
        }
        if (noPassphrase) {
            spec.commandLine().getErr().println(cli.messages().get("cli.keys.noPassphrase"));
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
    }

    private String checkedCode() {
        Messages msg = cli.messages();
        Optional<TownshipCodeProblem> problem = TownshipCodeRule.check(code);
        if (problem.isPresent()) {
            throw usage(problem.get() == TownshipCodeProblem.MISSING ? msg.get("cli.init.noCode")
                    : msg.format("cli.init.badCode", code.strip(), msg.get(Messages.enumKey(CODE_PROBLEM, problem.get()))));
        }
        return code.strip();
    }

    private String checkedName() {
        Messages msg = cli.messages();
        Optional<TownshipNameProblem> problem = TownshipNameRule.check(name);
        if (problem.isPresent()) {
            throw usage(problem.get() == TownshipNameProblem.MISSING ? msg.get("cli.init.noName")
                    : msg.format("cli.init.badName",
                    msg.format(Messages.enumKey(NAME_PROBLEM, problem.get()), TownshipNameRule.MAX_LENGTH)));
        }
        return TownshipNameRule.normalize(name);
    }

    private int checkedAgeLowerBound() {
        if (ageLowerBound == null) {
            return TownshipSetup.DEFAULT_AGE_LOWER_BOUND;
        }
        try {
            int bound = Integer.parseInt(ageLowerBound.strip());
            if (TownshipSetup.isAgeLowerBoundChoice(bound)) {
                return bound;
            }
        } catch (NumberFormatException e) {
            // refused below, as any other value
        }
        String choices = cli.messages().join(TownshipSetup.AGE_LOWER_BOUNDS.stream().map(String::valueOf).toList());
        throw usage(cli.messages().format("cli.init.badAgeBound", ageLowerBound, choices));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
