package io.guankou.desktop.setup;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.SafeTrace;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.exchange.keys.PassphraseRule;
import io.guankou.model.place.TownshipCodeProblem;
import io.guankou.model.place.TownshipCodeRule;
import io.guankou.model.place.TownshipNameProblem;
import io.guankou.model.place.TownshipNameRule;
import io.guankou.model.place.TownshipSetup;
import io.guankou.persistence.DatabaseException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first-run set-up of a new office, when there is no ledger yet: the township's code and name and the
 * ledger's age lower bound (one page), then how to begin (the other): import the office's Excel ledger, or start
 * empty. The demo township is one click away on the first page. The fields are judged by the same rules as
 * {@code guankou init} ({@link TownshipCodeRule}, {@link TownshipNameRule}, {@link TownshipSetup}), as the user
 * types; the ledger is created (or the demo opened) off the FX thread by the {@link LedgerSetup} the start-up
 * gives, and the opened ledger is handed on once.
 *
 * @param <L> the opened ledger
 */
public final class SetupViewModel<L extends AutoCloseable> {

    private static final Logger LOG = LoggerFactory.getLogger(SetupViewModel.class);

    /** Key family of {@link TownshipCodeProblem} (shared with {@code guankou init}). */
    public static final String CODE_PROBLEM = "township.codeProblem";
    /** Key family of {@link TownshipNameProblem} (shared with {@code guankou init}). */
    public static final String NAME_PROBLEM = "township.nameProblem";

    public enum Page {
        /** Code, name and age lower bound. */
        TOWNSHIP,
        /** Import the office's sheet, or start empty. */
        START
    }

    /** How the console begins once the set-up is done. */
    public enum Start {
        /** A new ledger, and at once the Excel import of the office's sheet. */
        IMPORT_SHEET,
        /** A new, empty ledger. */
        EMPTY,
        /** The demo township, without creating anything. */
        DEMO
    }

    /** What is handed on: the opened ledger and what to do first. */
    public record Opened<L>(L ledger, Start start) {
    }

    private final Path ledgerFile;
    private final LedgerSetup<L> setup;
    private final TaskRunner runner;
    private final Consumer<Opened<L>> onOpened;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Integer> ageLowerBound =
            new SimpleObjectProperty<>(TownshipSetup.DEFAULT_AGE_LOWER_BOUND);
    /** Whether the user has left the code field: from then on a code too short is said. */
    private boolean codeLeft;
    /** Whether the user has asked to go on: from then on a missing value is said too. */
    private boolean attempted;
    private final ObjectProperty<Msg> codeError = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> nameError = new SimpleObjectProperty<>();
    private final StringProperty keyPassphrase = new SimpleStringProperty("");
    private final StringProperty keyPassphraseAgain = new SimpleStringProperty("");
    private final ObjectProperty<Msg> keyPassphraseError = new SimpleObjectProperty<>();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.TOWNSHIP);
    /** What is being done in the background; null while nothing is. */
    private final ObjectProperty<Start> working = new SimpleObjectProperty<>();
    private final BooleanBinding busy = working.isNotNull();
    private final ObjectProperty<Msg> error = new SimpleObjectProperty<>();
    private boolean handedOn;
    private boolean closed;

    /**
     * @param ledgerFile where the new ledger will be (shown to the user)
     * @param onOpened   runs on the FX thread once, with the ledger opened (and then owned by it)
     */
    public SetupViewModel(Path ledgerFile, LedgerSetup<L> setup, TaskRunner runner, Consumer<Opened<L>> onOpened) {
        this.ledgerFile = Objects.requireNonNull(ledgerFile);
        this.setup = Objects.requireNonNull(setup);
        this.runner = Objects.requireNonNull(runner);
        this.onOpened = Objects.requireNonNull(onOpened);
        code.addListener((o, a, b) -> judgeCode());
        name.addListener((o, a, b) -> judgeName());
        keyPassphrase.addListener((o, a, b) -> judgeKeyPassphrase());
        keyPassphraseAgain.addListener((o, a, b) -> judgeKeyPassphrase());
    }

    // ---- the township page

    /**
     * A problem is shown as soon as it is certain: a code still shorter than {@value TownshipCodeRule#LENGTH} digits
     * once the user has left the field, a missing value once the user asks to go on (leaving an empty field, e.g.
     * for the demo, says nothing).
     */
    private void judgeCode() {
        Optional<TownshipCodeProblem> p = TownshipCodeRule.check(code.get());
        boolean pending = p.isPresent() && !attempted && (p.get() == TownshipCodeProblem.MISSING
                || p.get() == TownshipCodeProblem.WRONG_LENGTH && !codeLeft
                && strip(code.get()).length() < TownshipCodeRule.LENGTH);
        codeError.set(p.isEmpty() || pending ? null : Msg.of(Messages.enumKey(CODE_PROBLEM, p.get())));
    }

    private void judgeName() {
        Optional<TownshipNameProblem> p = TownshipNameRule.check(name.get());
        boolean pending = p.isPresent() && !attempted && p.get() == TownshipNameProblem.MISSING;
        nameError.set(p.isEmpty() || pending ? null
                : Msg.of(Messages.enumKey(NAME_PROBLEM, p.get()), TownshipNameRule.MAX_LENGTH));
    }

    /** Said once the user asks to go on, and from then on as the fields change. */
    private void judgeKeyPassphrase() {
        Optional<PassphraseRule.Problem> p = PassphraseRule.KEY_FOLDER.check(keyPassphrase.get(), keyPassphraseAgain.get());
        keyPassphraseError.set(p.isEmpty() || !attempted ? null : Msg.of(Messages.enumKey(p.get()),
                PassphraseRule.KEY_FOLDER.minLength()));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** The user left the code field: a code too short is now said too. */
    public void codeEntered() {
        codeLeft = true;
        judgeCode();
    }

    /** Whether code, name, age lower bound and the key passphrase (typed twice, or not at all) make a new ledger. */
    public boolean isValid() {
        return TownshipCodeRule.check(code.get()).isEmpty() && TownshipNameRule.check(name.get()).isEmpty()
                && ageLowerBound.get() != null && TownshipSetup.isAgeLowerBoundChoice(ageLowerBound.get())
                && PassphraseRule.KEY_FOLDER.check(keyPassphrase.get(), keyPassphraseAgain.get()).isEmpty();
    }

    /** Whether the new ledger's keys will have no passphrase (allowed, not recommended). */
    public boolean withoutKeyPassphrase() {
        return PassphraseRule.none(keyPassphrase.get());
    }

    /** The township as entered; only when {@link #isValid()}. */
    public TownshipSetup township() {
        return new TownshipSetup(code.get(), name.get(), ageLowerBound.get());
    }

    /** To the choice of how to begin; false (every problem shown) while a field is refused. */
    public boolean next() {
        attempted = true;
        judgeCode();
        judgeName();
        judgeKeyPassphrase();
        if (!isValid() || busy.get()) {
            return false;
        }
        error.set(null);
        page.set(Page.START);
        return true;
    }

    /** Back to the township page, to correct it. */
    public void back() {
        if (!busy.get()) {
            error.set(null);
            page.set(Page.TOWNSHIP);
        }
    }

    // ---- beginning

    /**
     * Creates the ledger in the background ({@link Start#IMPORT_SHEET}, {@link Start#EMPTY}) or opens the demo
     * ({@link Start#DEMO}), then hands it on. A failure (a file that appeared at the ledger's path meanwhile is
     * never overwritten) is shown in {@link #errorProperty()} and the set-up stays. False when nothing started.
     */
    public boolean start(Start how) {
        Objects.requireNonNull(how);
        if (busy.get() || handedOn || closed || how != Start.DEMO && (page.get() != Page.START || !isValid())) {
            return false;
        }
        error.set(null);
        working.set(how);
        if (how == Start.DEMO) {
            runner.run("setup-demo", setup::openDemo, l -> opened(l, how), e -> failed(e, how));
        } else {
            TownshipSetup township = township();
            char[] passphrase = withoutKeyPassphrase() ? null : keyPassphrase.get().toCharArray();
            runner.run("setup-create", () -> {
                try {
                    return setup.create(township, passphrase);
                } finally {
                    if (passphrase != null) {
                        Arrays.fill(passphrase, '\0');
                    }
                }
            }, l -> opened(l, how), e -> failed(e, how));
        }
        return true;
    }

    private void opened(L ledger, Start how) {
        working.set(null);
        if (closed) {
            closeQuietly(ledger); // the window was closed meanwhile: nobody to hand it to
            return;
        }
        try {
            onOpened.accept(new Opened<>(ledger, how));
            handedOn = true;
            keyPassphrase.set("");
            keyPassphraseAgain.set("");
        } catch (RuntimeException e) {
            LOG.error("Opening the ledger's window failed: {}", SafeTrace.of(e));
            closeQuietly(ledger);
            if (how == Start.DEMO) {
                failed(e, how);
            } else {
                // the file is written: trying again would only meet it; the next start opens it
                working.set(null);
                error.set(Msg.of("setup.error.open", Failures.msg(e)));
            }
        }
    }

    private void failed(Throwable e, Start how) {
        working.set(null);
        Msg reason = Failures.msg(e);
        if (how == Start.DEMO) {
            error.set(Msg.of("setup.error.demo", reason));
        } else if (e instanceof DatabaseException db && db.reason() == DatabaseException.Reason.LEDGER_EXISTS) {
            error.set(Msg.of("setup.error.exists", reason));
        } else {
            error.set(Msg.of("setup.error.create", reason));
        }
    }

    private static void closeQuietly(AutoCloseable ledger) {
        try {
            ledger.close();
        } catch (Exception e) {
            LOG.warn("Closing the ledger failed: {}", SafeTrace.of(e));
        }
    }

    /** The window is closed: a ledger still being opened is closed when it arrives, and nothing starts. */
    public void close() {
        closed = true;
    }

    // ---- properties

    public Path ledgerFile() {
        return ledgerFile;
    }

    /** The age lower bounds a new ledger may start with. */
    public List<Integer> ageLowerBounds() {
        return TownshipSetup.AGE_LOWER_BOUNDS;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The passphrase for the new ledger's private keys (empty: none). */
    public StringProperty keyPassphraseProperty() {
        return keyPassphrase;
    }

    public StringProperty keyPassphraseAgainProperty() {
        return keyPassphraseAgain;
    }

    /** Why the key passphrase is refused ({@link PassphraseRule}), or null. */
    public ReadOnlyObjectProperty<Msg> keyPassphraseErrorProperty() {
        return keyPassphraseError;
    }

    public ObjectProperty<Integer> ageLowerBoundProperty() {
        return ageLowerBound;
    }

    /** What is wrong with the code, or null. */
    public ReadOnlyObjectProperty<Msg> codeErrorProperty() {
        return codeError;
    }

    /** What is wrong with the name, or null. */
    public ReadOnlyObjectProperty<Msg> nameErrorProperty() {
        return nameError;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page;
    }

    /** What is being done in the background, or null. */
    public ReadOnlyObjectProperty<Start> workingProperty() {
        return working;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    /** Why the ledger could not be created or the demo opened, or null. */
    public ReadOnlyObjectProperty<Msg> errorProperty() {
        return error;
    }

    /** What the new ledger will be (township, code, age lower bound); null while a field is refused. */
    public Msg summary() {
        if (!isValid()) {
            return null;
        }
        TownshipSetup t = township();
        return Msg.of("setup.summary", t.name(), t.code(), t.ageLowerBound(),
                Msg.of(withoutKeyPassphrase() ? "setup.keys.summaryNone" : "setup.keys.summaryProtected"));
    }
}
