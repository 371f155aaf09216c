package io.guankou.persistence.exchange;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityStoreTest {

    @TempDir
    Path dir;

    @Test
    void aTownshipLedgerIsNamedFromItsTownshipRowOnceAndKeepsItsId() {
        Path file = dir.resolve("ledger.db");
        UUID first;
        try (Database db = TestTownship.create(file)) {
            IdentityStore store = new IdentityStore(db, CLOCK);
            assertThat(store.find()).isEmpty();
            ExchangeIdentity identity = store.ensure();
            assertThat(identity.party()).isEqualTo(new Party(PartyRole.TOWNSHIP, TestTownship.CODE, "平安镇"));
            assertThat(identity.ledgerId().version()).isEqualTo(7);
            assertThat(store.ensure()).isEqualTo(identity);
            assertThat(store.find()).contains(identity);
            first = identity.ledgerId();
        }
        try (Database db = Database.openExisting(file)) {
            assertThat(new IdentityStore(db, CLOCK).ensure().ledgerId()).isEqualTo(first);
        }
    }

    @Test
    void twoLedgersGetTwoIds() {
        try (Database a = TestTownship.create(dir.resolve("a.db")); Database b = TestTownship.create(dir.resolve("b.db"))) {
            assertThat(new IdentityStore(a, CLOCK).ensure().ledgerId())
                    .isNotEqualTo(new IdentityStore(b, CLOCK).ensure().ledgerId());
        }
    }

    @Test
    void aReceivingDatabaseIsACountyUnderTheKeyFoldersLedgerId() {
        UUID keys = UUID.fromString("01900000-0000-7000-8000-0000000000aa");
        try (Database db = Database.open(dir.resolve("county.db"))) {
            IdentityStore store = new IdentityStore(db, CLOCK);
            ExchangeIdentity county = store.createReceiving(keys, "500235", "");
            assertThat(county).isEqualTo(new ExchangeIdentity(keys, PartyRole.COUNTY, "500235", ""));
            assertThat(store.ensure()).isEqualTo(county);
            assertThatThrownBy(() -> store.createReceiving(keys, "500235", "")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aCountyCodeHasSixDigits() {
        try (Database db = Database.open(dir.resolve("county.db"))) {
            IdentityStore store = new IdentityStore(db, CLOCK);
            UUID id = UUID.fromString("01900000-0000-7000-8000-0000000000aa");
            assertThatThrownBy(() -> store.createReceiving(id, "500235124", "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.createReceiving(id, "50023x", "")).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.find()).isEmpty();
        }
    }

    @Test
    void aDatabaseWithNeitherIdentityNorTownshipCannotBeNamed() {
        try (Database db = Database.open(dir.resolve("empty.db"))) {
            assertThatThrownBy(() -> new IdentityStore(db, CLOCK).ensure())
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NO_TOWNSHIP));
        }
    }

    @Test
    void theDemoKeepsItsLedgerIdFromDayToDayAndAnotherSeedGivesAnother() {
        DemoOptions monday = new DemoOptions(50, 11L, LocalDate.of(2023, 1, 5));
        Path file = dir.resolve("demo.db");
        DemoTownshipWriter.write(file, monday);
        UUID first = identity(file).ledgerId();
        DemoTownshipWriter.write(file, new DemoOptions(50, 11L, LocalDate.of(2023, 1, 6)));
        ExchangeIdentity tuesday = identity(file);
        assertThat(tuesday.ledgerId()).isEqualTo(first).isEqualTo(monday.ledgerId());
        assertThat(tuesday.role()).isEqualTo(PartyRole.TOWNSHIP);
        assertThat(tuesday.code()).hasSize(9).startsWith("500235");
        assertThat(first.version()).isEqualTo(7);
        assertThat(new DemoOptions(50, 12L, LocalDate.of(2023, 1, 5)).ledgerId()).isNotEqualTo(first);
    }

    private static ExchangeIdentity identity(Path file) {
        try (Database db = Database.openExisting(file)) {
            return new IdentityStore(db, CLOCK).find().orElseThrow();
        }
    }
}
