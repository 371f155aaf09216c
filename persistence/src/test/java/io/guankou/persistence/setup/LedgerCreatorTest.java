package io.guankou.persistence.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.place.Township;
import io.guankou.model.place.TownshipSetup;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCreatorTest {

    private static final TownshipSetup PINGAN = new TownshipSetup("500235105", "平安镇", 65);

    @TempDir
    Path dir;

    private final LedgerCreator creator = new LedgerCreator(TestTownship.CLOCK);

    @Test
    void aNewLedgerOpensWithItsTownshipAndAgeBound() {
        Path file = dir.resolve("office").resolve("ledger.db");

        Path created = creator.create(file, PINGAN, "王主任");

        assertThat(created).isEqualTo(file.toAbsolutePath());
        try (Database db = Database.openExisting(file)) {
            Township t = new PlaceRepository(db).township();
            assertThat(t.code()).isEqualTo("500235105");
            assertThat(t.name()).isEqualTo("平安镇");
            assertThat(t.meta().townshipCode()).isEqualTo("500235105");
            assertThat(new PlaceRepository(db).villages()).isEmpty();
            assertThat(new TierRulesRepository(db, TestTownship.CLOCK).load())
                    .isEqualTo(TierRules.defaults().withAgeLowerBound(65));
            assertThat(TestTownship.query(db, "SELECT updated_by FROM setting WHERE key = 'tier.rules'"))
                    .isEqualTo("王主任");
        }
        assertThat(filesIn(file.getParent())).as("no temporary file left").containsExactly("ledger.db");
    }

    @Test
    void anExistingLedgerIsLeftByteIdentical() throws IOException {
        Path file = dir.resolve("ledger.db");
        TestTownship.create(file).close();
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> creator.create(file, PINGAN, "王主任"))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LEDGER_EXISTS);
                    assertThat(e.detail()).isEqualTo(file.toAbsolutePath().toString());
                    assertThat(e.getMessage()).contains("already", "never replaces");
                });

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Database db = Database.openExisting(file)) {
            assertThat(new PlaceRepository(db).township().code()).isEqualTo(TestTownship.CODE);
        }
        assertThat(filesIn(dir)).allSatisfy(name -> assertThat(name).startsWith("ledger.db").doesNotContain("creating"));
    }

    @Test
    void anyOtherFileIsLeftByteIdentical() throws IOException {
        Path file = dir.resolve("ledger.db");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(file, noise);

        assertThatThrownBy(() -> creator.create(file, PINGAN, "王主任"))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LEDGER_EXISTS));

        assertThat(Files.readAllBytes(file)).isEqualTo(noise);
        assertThat(filesIn(dir)).containsExactly("ledger.db");
    }

    @Test
    void anEmptyFileOrAFolderIsNotReplacedEither() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Path folder = Files.createDirectory(dir.resolve("folder.db"));

        for (Path taken : new Path[] {empty, folder}) {
            assertThatThrownBy(() -> creator.create(taken, PINGAN, "王主任"))
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LEDGER_EXISTS));
        }
        assertThat(Files.size(empty)).isZero();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aWriteAheadLogLeftWithoutItsLedgerIsNotAdoptedByANewOne() throws IOException {
        Path wal = Files.write(dir.resolve("ledger.db-wal"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> creator.create(dir.resolve("ledger.db"), PINGAN, "王主任"))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LEDGER_EXISTS);
                    assertThat(e.detail()).endsWith("ledger.db-wal");
                });
        assertThat(Files.readAllBytes(wal)).containsExactly(1, 2, 3);
        assertThat(filesIn(dir)).containsExactly("ledger.db-wal");
    }

    @Test
    void badCodeShapesNeverReachTheDisk() {
        for (String code : new String[] {"50023510", "500235105201", "50023510X", "990235105", "500235000", " "}) {
            assertThatThrownBy(() -> creator.create(dir.resolve("ledger.db"), new TownshipSetup(code, "平安镇", 60),
                    "王主任")).as(code).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        assertThat(folder.toFile().setWritable(false)).isTrue();
        try {
            // root may write anyway: then the check has nothing to show
            if (!Files.isWritable(folder)) {
                assertThatThrownBy(() -> creator.create(folder.resolve("ledger.db"), PINGAN, "王主任"))
                        .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.reason())
                                .isEqualTo(DatabaseException.Reason.CANNOT_CREATE_LEDGER));
                assertThat(filesIn(folder)).isEmpty();
            }
        } finally {
            folder.toFile().setWritable(true);
        }
    }

    @Test
    void aUserNameIsRequired() {
        assertThatThrownBy(() -> creator.create(dir.resolve("ledger.db"), PINGAN, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(filesIn(dir)).isEmpty();
    }

    private static java.util.List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
