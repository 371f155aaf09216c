package io.guankou.desktop.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.SetupLedgers;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.task.ProgressWork;
import io.guankou.desktop.task.TaskHandle;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.exchange.keys.KeyFolder;
import io.guankou.model.exchange.keys.KeyFolderLocked;
import io.guankou.model.place.TownshipSetup;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set-up's fields, pages and hand-on, over the real ledger creator in a temporary data folder. */
class SetupViewModelTest {

    @TempDir
    Path dir;
    DataPaths paths;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    List<SetupViewModel.Opened<AppContext>> opened = new ArrayList<>();
    SetupViewModel<AppContext> vm;

    @BeforeEach
    void setUp() {
        paths = new DataPaths(dir.resolve("data"));
        SetupLedgers ledgers = new SetupLedgers(paths.ledgerFile(), paths.demoFile(),
                new DemoOptions(20, 7L, TestClocks.TODAY), Messages.of(Language.ZH),
                UserSettings.inMemory(Language.ZH, "王医生"), TestClocks.FIXED);
        vm = new SetupViewModel<>(paths.ledgerFile(), ledgers, runner, opened::add);
    }

    @AfterEach
    void close() {
        opened.forEach(o -> o.ledger().close());
        assertThat(runner.errors).isEmpty();
    }

    private static Msg code(String problem) {
        return Msg.of("township.codeProblem." + problem);
    }

    private void fill(String code, String name) {
        vm.codeProperty().set(code);
        vm.nameProperty().set(name);
    }

    @Test
    void theCodeIsJudgedByTheTownshipCodeRuleAsItIsTyped() {
        vm.codeProperty().set("1101");
        assertThat(vm.codeErrorProperty().get()).as("still typing: 4 of 9 digits").isNull();
        vm.codeProperty().set("1101O1");
        assertThat(vm.codeErrorProperty().get()).as("a letter O").isEqualTo(code("NOT_DIGITS"));
        vm.codeProperty().set("1101010011");
        assertThat(vm.codeErrorProperty().get()).as("10 digits").isEqualTo(code("WRONG_LENGTH"));
        vm.codeProperty().set("110101001001");
        assertThat(vm.codeErrorProperty().get()).as("a village's 12 digits").isEqualTo(code("VILLAGE_CODE"));
        vm.codeProperty().set("990101001");
        assertThat(vm.codeErrorProperty().get()).as("99 is no province").isEqualTo(code("UNKNOWN_PROVINCE"));
        vm.codeProperty().set("110001001");
        assertThat(vm.codeErrorProperty().get()).as("digits 3-4 00").isEqualTo(code("NO_CITY"));
        vm.codeProperty().set("110101000");
        assertThat(vm.codeErrorProperty().get()).as("township digits 000").isEqualTo(code("NO_TOWNSHIP"));
        vm.codeProperty().set(" 500101001 ");
        assertThat(vm.codeErrorProperty().get()).as("spaces around are dropped").isNull();
    }

    @Test
    void aCodeTooShortIsSaidOnceTheFieldIsLeftAndAnEmptyOneOnlyWhenGoingOn() {
        vm.codeEntered();
        assertThat(vm.codeErrorProperty().get()).as("left empty, e.g. for the demo").isNull();
        vm.codeProperty().set("5001");
        assertThat(vm.codeErrorProperty().get()).isEqualTo(code("WRONG_LENGTH"));
        vm.codeProperty().set("");
        assertThat(vm.codeErrorProperty().get()).isNull();
        assertThat(vm.nameErrorProperty().get()).isNull();

        vm.next();
        assertThat(vm.codeErrorProperty().get()).isEqualTo(code("MISSING"));
        assertThat(vm.nameErrorProperty().get()).isEqualTo(Msg.of("township.nameProblem.MISSING", 50));
        vm.codeProperty().set("5001");
        assertThat(vm.codeErrorProperty().get()).as("after next, as typed").isEqualTo(code("WRONG_LENGTH"));
        vm.nameProperty().set("平安镇");
        assertThat(vm.nameErrorProperty().get()).isNull();
    }

    @Test
    void theNameIsOneLineOfAtMostFiftyCharacters() {
        vm.nameProperty().set("平安\n镇");
        assertThat(vm.nameErrorProperty().get()).isEqualTo(Msg.of("township.nameProblem.CONTROL_CHARACTER", 50));
        vm.nameProperty().set("镇".repeat(51));
        assertThat(vm.nameErrorProperty().get()).isEqualTo(Msg.of("township.nameProblem.TOO_LONG", 50));
        vm.nameProperty().set("镇".repeat(50));
        assertThat(vm.nameErrorProperty().get()).isNull();
    }

    @Test
    void nextShowsEveryProblemAndStaysUntilTheTownshipIsRight() {
        assertThat(vm.next()).isFalse();
        assertThat(vm.pageProperty().get()).isEqualTo(SetupViewModel.Page.TOWNSHIP);
        assertThat(vm.codeErrorProperty().get()).isEqualTo(code("MISSING"));
        assertThat(vm.nameErrorProperty().get()).isNotNull();
        assertThat(vm.start(SetupViewModel.Start.EMPTY)).as("nothing is created from the first page").isFalse();

        fill("500101001", "  平安镇 ");
        assertThat(vm.ageLowerBoundProperty().get()).as("the default of guankou init").isEqualTo(60);
        vm.ageLowerBoundProperty().set(65);
        assertThat(vm.next()).isTrue();
        assertThat(vm.pageProperty().get()).isEqualTo(SetupViewModel.Page.START);
        assertThat(vm.summary()).isEqualTo(Msg.of("setup.summary", "平安镇", "500101001", 65,
                Msg.of("setup.keys.summaryNone")));
        vm.back();
        assertThat(vm.pageProperty().get()).isEqualTo(SetupViewModel.Page.TOWNSHIP);
        assertThat(vm.codeProperty().get()).as("kept for correcting").isEqualTo("500101001");
        assertThat(vm.ageLowerBounds()).containsExactly(60, 65);
        assertThat(Files.exists(paths.ledgerFile())).isFalse();
    }

    @Test
    void startingEmptyCreatesTheLedgerForTheTownshipAndHandsItOnOnce() {
        fill("500101001", "平安镇");
        vm.ageLowerBoundProperty().set(65);
        vm.next();
        assertThat(vm.start(SetupViewModel.Start.EMPTY)).isTrue();

        assertThat(opened).singleElement().satisfies(o -> {
            assertThat(o.start()).isEqualTo(SetupViewModel.Start.EMPTY);
            assertThat(o.ledger().isDemo()).isFalse();
            assertThat(o.ledger().township().code()).isEqualTo("500101001");
            assertThat(o.ledger().township().name()).isEqualTo("平安镇");
        });
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.start(SetupViewModel.Start.EMPTY)).as("handed on: nothing more").isFalse();
        opened.get(0).ledger().close();
        try (Database db = Database.openExisting(paths.ledgerFile())) {
            assertThat(new TierRulesRepository(db, TestClocks.FIXED).load().ageLowerBound()).isEqualTo(65);
        }
        opened.clear();
    }

    @Test
    void theKeyPassphraseIsTypedTwiceAndAtLeastEightCharactersOrNotAtAll() {
        fill("500101001", "平安镇");
        vm.keyPassphraseProperty().set("1234567");
        assertThat(vm.keyPassphraseErrorProperty().get()).as("nothing said before going on").isNull();
        assertThat(vm.next()).isFalse();
        assertThat(vm.keyPassphraseErrorProperty().get())
                .isEqualTo(Msg.of("enum.PassphraseRule.Problem.TOO_SHORT", 8));
        vm.keyPassphraseProperty().set("平安镇卫生院口令");
        assertThat(vm.keyPassphraseErrorProperty().get()).as("judged as it is typed from then on")
                .isEqualTo(Msg.of("enum.PassphraseRule.Problem.DIFFERENT", 8));
        assertThat(vm.next()).isFalse();
        vm.keyPassphraseAgainProperty().set("平安镇卫生院口令");
        assertThat(vm.keyPassphraseErrorProperty().get()).isNull();
        assertThat(vm.next()).isTrue();
        assertThat(vm.summary()).isEqualTo(Msg.of("setup.summary", "平安镇", "500101001", 60,
                Msg.of("setup.keys.summaryProtected")));

        vm.back();
        vm.keyPassphraseProperty().set("");
        vm.keyPassphraseAgainProperty().set("");
        assertThat(vm.next()).as("no passphrase is allowed").isTrue();
        assertThat(vm.withoutKeyPassphrase()).isTrue();
    }

    @Test
    void theNewLedgersKeysAreMadeUnderThePassphraseTypedAndTheFieldsForgetIt() throws Exception {
        SetupViewModel<AppContext> withKeys = new SetupViewModel<>(paths.ledgerFile(), new SetupLedgers(
                paths.ledgerFile(), paths.demoFile(), new DemoOptions(20, 7L, TestClocks.TODAY),
                Messages.of(Language.ZH), UserSettings.inMemory(Language.ZH, "王医生"), TestClocks.FIXED)
                .withKeysUnder(paths), runner, opened::add);
        withKeys.codeProperty().set("500101001");
        withKeys.nameProperty().set("平安镇");
        withKeys.keyPassphraseProperty().set("平安镇卫生院口令");
        withKeys.keyPassphraseAgainProperty().set("平安镇卫生院口令");
        assertThat(withKeys.next()).isTrue();
        assertThat(withKeys.start(SetupViewModel.Start.EMPTY)).isTrue();

        assertThat(opened).hasSize(1);
        assertThat(withKeys.keyPassphraseProperty().get()).isEmpty();
        assertThat(withKeys.keyPassphraseAgainProperty().get()).isEmpty();
        try (Stream<Path> folders = Files.list(paths.dataDir().resolve("keys"))) {
            Path folder = folders.findFirst().orElseThrow();
            assertThat(KeyFolder.isProtected(folder)).isTrue();
            assertThatThrownBy(() -> KeyFolder.unlock(folder, "平安镇卫生院口今".toCharArray()))
                    .isInstanceOf(KeyFolderLocked.class);
            assertThat(KeyFolder.unlock(folder, "平安镇卫生院口令".toCharArray())).isNotNull();
        }
    }

    @Test
    void withoutAPassphraseTheNewLedgersKeysAreMadeUnprotected() throws Exception {
        SetupViewModel<AppContext> withKeys = new SetupViewModel<>(paths.ledgerFile(), new SetupLedgers(
                paths.ledgerFile(), paths.demoFile(), new DemoOptions(20, 7L, TestClocks.TODAY),
                Messages.of(Language.ZH), UserSettings.inMemory(Language.ZH, "王医生"), TestClocks.FIXED)
                .withKeysUnder(paths), runner, opened::add);
        withKeys.codeProperty().set("500101001");
        withKeys.nameProperty().set("平安镇");
        withKeys.next();
        assertThat(withKeys.start(SetupViewModel.Start.EMPTY)).isTrue();

        try (Stream<Path> folders = Files.list(paths.dataDir().resolve("keys"))) {
            Path folder = folders.findFirst().orElseThrow();
            assertThat(KeyFolder.isProtected(folder)).isFalse();
            assertThat(KeyFolder.unlock(folder, null)).isNotNull();
        }
    }

    @Test
    void aFileThatAppearedAtTheLedgersPathMeanwhileIsNeverOverwritten() throws Exception {
        fill("500101001", "平安镇");
        vm.next();
        Files.createDirectories(paths.dataDir());
        Files.writeString(paths.ledgerFile(), "made by guankou init in another window");

        vm.start(SetupViewModel.Start.IMPORT_SHEET);

        assertThat(opened).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.pageProperty().get()).isEqualTo(SetupViewModel.Page.START);
        Msg error = vm.errorProperty().get();
        assertThat(error.key()).isEqualTo("setup.error.exists");
        assertThat(error.args()).singleElement().isEqualTo(
                Msg.of("db.error.LEDGER_EXISTS", paths.ledgerFile().toAbsolutePath().toString()));
        assertThat(Files.readString(paths.ledgerFile())).isEqualTo("made by guankou init in another window");
        assertThat(runner.errors).singleElement().isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LEDGER_EXISTS));
        runner.errors.clear();
        assertThat(Messages.of(Language.ZH).text(error)).startsWith("未新建台账：").contains("从不覆盖");
    }

    @Test
    void theDemoOpensFromTheFirstPageInItsOwnFileAndCreatesNoLedger() {
        assertThat(vm.start(SetupViewModel.Start.DEMO)).isTrue();

        assertThat(opened).singleElement().satisfies(o -> {
            assertThat(o.start()).isEqualTo(SetupViewModel.Start.DEMO);
            assertThat(o.ledger().isDemo()).isTrue();
        });
        assertThat(paths.demoFile()).exists();
        assertThat(paths.ledgerFile()).doesNotExist();
    }

    /** A runner that holds the work until the test lets it run, as the FX runner does on its threads. */
    static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        @Override
        public <T> void run(String name, TaskHandle handle, ProgressWork<T> work, DoubleConsumer onProgress,
                            Consumer<? super T> onSuccess, Runnable onCancelled, Consumer<Throwable> onError) {
            throw new UnsupportedOperationException();
        }
    }

    /** A ledger that only says whether it was closed. */
    static final class FakeLedger implements AutoCloseable {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    static final class FakeSetup implements LedgerSetup<FakeLedger> {
        final List<TownshipSetup> created = new ArrayList<>();
        final FakeLedger ledger = new FakeLedger();

        @Override
        public FakeLedger create(TownshipSetup setup, char[] keyPassphrase) {
            created.add(setup);
            return ledger;
        }

        @Override
        public FakeLedger openDemo() {
            return ledger;
        }
    }

    @Test
    void whileTheLedgerIsBeingCreatedNothingElseStartsAndTheWayBackIsClosed() {
        HeldRunner held = new HeldRunner();
        FakeSetup setup = new FakeSetup();
        List<SetupViewModel.Opened<FakeLedger>> handed = new ArrayList<>();
        SetupViewModel<FakeLedger> m = new SetupViewModel<>(paths.ledgerFile(), setup, held, handed::add);
        m.codeProperty().set("500101001");
        m.nameProperty().set("平安镇");
        m.next();

        assertThat(m.start(SetupViewModel.Start.EMPTY)).isTrue();
        assertThat(m.busyProperty().get()).isTrue();
        assertThat(m.workingProperty().get()).isEqualTo(SetupViewModel.Start.EMPTY);
        assertThat(m.start(SetupViewModel.Start.IMPORT_SHEET)).isFalse();
        assertThat(m.start(SetupViewModel.Start.DEMO)).isFalse();
        m.back();
        assertThat(m.pageProperty().get()).isEqualTo(SetupViewModel.Page.START);

        held.held.forEach(Runnable::run);
        assertThat(setup.created).containsExactly(new TownshipSetup("500101001", "平安镇", 60));
        assertThat(handed).singleElement().extracting(SetupViewModel.Opened::start)
                .isEqualTo(SetupViewModel.Start.EMPTY);
        assertThat(setup.ledger.closed).as("owned by whoever it was handed to").isFalse();
    }

    @Test
    void aLedgerThatArrivesAfterTheWindowClosedIsClosedNotHandedOn() {
        HeldRunner held = new HeldRunner();
        FakeSetup setup = new FakeSetup();
        List<SetupViewModel.Opened<FakeLedger>> handed = new ArrayList<>();
        SetupViewModel<FakeLedger> m = new SetupViewModel<>(paths.ledgerFile(), setup, held, handed::add);
        m.start(SetupViewModel.Start.DEMO);
        m.close();
        held.held.forEach(Runnable::run);

        assertThat(handed).isEmpty();
        assertThat(setup.ledger.closed).isTrue();
        assertThat(m.start(SetupViewModel.Start.DEMO)).isFalse();
    }

    @Test
    void whenTheMainWindowCannotBeBuiltTheLedgerIsClosedAndTheSetUpSaysWhy() {
        FakeSetup setup = new FakeSetup();
        SetupViewModel<FakeLedger> m = new SetupViewModel<>(paths.ledgerFile(), setup, runner, o -> {
            throw new IllegalStateException("no main window");
        });
        m.codeProperty().set("500101001");
        m.nameProperty().set("平安镇");
        m.next();
        m.start(SetupViewModel.Start.EMPTY);

        assertThat(setup.ledger.closed).isTrue();
        // the file is written by now: the set-up says it was created and opens at the next start
        assertThat(m.errorProperty().get()).isEqualTo(Msg.of("setup.error.open",
                Msg.of("error.unexpected", "IllegalStateException")));
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(m.start(SetupViewModel.Start.DEMO)).as("the demo stays one click away").isTrue();
        runner.errors.clear();
    }
}
