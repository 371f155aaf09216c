package io.guankou.persistence.exchange;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.person.Person;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.VillageEdit;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.sync.RecordMeta;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.placeedit.PlaceEditor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Making packages (docs/package-format.md, ADR 0007): what a full package and a delta carry, their headers in the
 * series towards each recipient, and that a refused, failed or cancelled export leaves nothing behind. The ledger is
 * written through the real repositories, so the change-mark triggers are shown to see the real writers.
 */
class PackageExporterTest {

    static final String USER = "办公室小王";
    static final UUID COUNTY = UUID.fromString("01900000-0000-7000-8000-00000000c001");
    static final UUID OTHER_COUNTY = UUID.fromString("01900000-0000-7000-8000-00000000c002");
    static final Pattern GLOBAL_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final LocalDateTime NOW = LocalDateTime.now(CLOCK);

    @TempDir
    Path dir;
    Database db;
    LedgerRepository ledger;
    ContactRepository contacts;
    PlaceEditor places;
    PackageExporter exporter;
    PackageLog log;
    Person guilan;
    Person deming;

    @BeforeEach
    void setUp() throws Exception {
        db = TestTownship.create(dir.resolve("ledger.db"));
        ledger = new LedgerRepository(db, CLOCK);
        contacts = new ContactRepository(db, CLOCK);
        places = new PlaceEditor(db, CLOCK);
        exporter = new PackageExporter(db, CLOCK);
        log = new PackageLog(db);
        guilan = ledger.save(TestTownship.person("冉桂兰", 1).phone("13900000001").build(), USER);
        deming = ledger.save(TestTownship.person("谭德明", 2).villageId(TestTownship.VILLAGE_2)
                .gridId(TestTownship.GRID_2).responsibilityTeamId(TestTownship.TEAM_2).build(), USER);
        contact(guilan, NOW.minusDays(1));
        new PeerRegistry(db).register(county(COUNTY));
        new PeerRegistry(db).register(county(OTHER_COUNTY));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Peer county(UUID id) {
        return new Peer(id, PartyRole.COUNTY, "500235", "云阳县卫健委", "MFkwsigning" + id, "MFkwencryption" + id,
                "3F2A 9C01 0000 0000 0000 0000 0000 0000 0000 0000", CLOCK.instant(), USER);
    }

    private Contact contact(Person p, LocalDateTime at) {
        return contacts.save(Contact.draft(RecordMeta.fresh("", CLOCK.instant()), p.id(), at, "王医生",
                ContactMode.PHONE, true), EpisodeChange.NONE, ReferralRules.defaults(), USER).contact();
    }

    private MemoryTarget export(PackageKind kind, UUID to) throws Exception {
        MemoryTarget target = new MemoryTarget();
        exporter.export(new ExportRequest(kind, Optional.ofNullable(to), USER, Optional.of("to-county.gkpkg")), target,
                n -> { });
        return target;
    }

    /** As the import of a package from {@code from} logs it: its sequence, and which of ours it acknowledges. */
    private void receivedFrom(UUID from, long sequence, Long acknowledges) {
        Party county = new Party(PartyRole.COUNTY, "500235", "云阳县卫健委");
        PackageHeader h = new PackageHeader(UUID.randomUUID(), PackageKind.FULL, county, from,
                new Party(PartyRole.TOWNSHIP, TestTownship.CODE, "平安镇"), CLOCK.instant(), sequence, null, acknowledges);
        log.record(LoggedPackage.received(h, RecipientMode.KEYS, null, CLOCK.instant(), USER, "from-county.gkpkg", 100L,
                0, 0, 0, 0, 0));
    }

    private String globalId(String table, long id) {
        return query(db, "SELECT global_id FROM " + table + " WHERE id = " + id);
    }

    private String tick() {
        return query(db, "SELECT tick FROM exchange_clock");
    }

    @Test
    void aFullPackageCarriesEveryRowOfEveryTableWithReferencesAsGlobalIds() throws Exception {
        MemoryTarget p = export(PackageKind.FULL, COUNTY);

        assertThat(p.entries.keySet()).containsExactlyElementsOf(
                ExchangeTables.ALL.stream().map(ExchangeTable::name).toList());
        for (ExchangeTable t : ExchangeTables.ALL) {
            MemoryTarget.Entry e = p.entry(t.name());
            assertThat(e.columns()).as(t.name()).isEqualTo(t.packageColumns());
            assertThat((long) e.rows().size()).as(t.name() + " rows")
                    .isEqualTo(Long.parseLong(query(db, "SELECT count(*) FROM " + t.name())));
            assertThat(e.column("global_id")).as(t.name()).allMatch(g -> GLOBAL_ID.matcher(g).matches());
            assertThat(e.column("changed")).as("nothing acknowledged: every row is new to the county").allMatch("*"::equals);
        }
        Map<String, String> person = p.entry("person").row(guilan.meta().globalId().toString()).orElseThrow();
        assertThat(person).containsEntry("name", "冉桂兰").containsEntry("phone", "13900000001")
                .containsEntry("resident_id", guilan.residentId()).containsEntry("sex", "FEMALE")
                .containsEntry("birth_date", "1948-03-14").containsEntry("township_code", TestTownship.CODE)
                .containsEntry("deleted", "0").containsEntry("pregnant", "0")
                .containsEntry("village", "b0000000-0000-4000-8000-000000000001")
                .containsEntry("grid", "d0000000-0000-4000-8000-000000000001")
                .containsEntry("responsibility_team", "c0000000-0000-4000-8000-000000000001")
                .containsEntry("household", null).containsEntry("family_doctor_team", null)
                .containsEntry("emergency_contact_name", null);
        assertThat(p.entry("comorbidity").maps()).anySatisfy(c -> assertThat(c)
                .containsEntry("person", guilan.meta().globalId().toString()).containsEntry("disease", "HYPERTENSION")
                .containsEntry("control", "STABLE"));
        assertThat(p.entry("contact").maps()).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("person", guilan.meta().globalId().toString()).containsEntry("reached", "1")
                .containsEntry("temperature", null).containsEntry("at", SqlText.dateTime(NOW.minusDays(1))));
        assertThat(p.entry("grid").row("d0000000-0000-4000-8000-000000000002").orElseThrow())
                .containsEntry("village", "b0000000-0000-4000-8000-000000000002")
                .containsEntry("responsibility_team", "c0000000-0000-4000-8000-000000000002");
        assertThat(p.entry("team_member").column("team")).containsOnly("c0000000-0000-4000-8000-000000000001");
        assertThat(p.entry("family_doctor_team").column("facility")).containsExactly("f0000000-0000-4000-8000-000000000001");
        assertThat(p.entry("village").row("b0000000-0000-4000-8000-000000000002").orElseThrow())
                .containsEntry("longitude", "108.688").containsEntry("latitude", "30.935")
                .containsEntry("urban_rural", "220");
    }

    @Test
    void noLocalIdLeavesTheLedger() throws Exception {
        MemoryTarget p = export(PackageKind.FULL, COUNTY);
        for (MemoryTarget.Entry e : p.entries.values()) {
            assertThat(e.columns()).as(e.name()).doesNotContain("id")
                    .noneMatch(c -> c.endsWith("_id") && !c.equals("global_id") && !c.equals("resident_id"));
            ExchangeTable t = ExchangeTables.named(e.name()).orElseThrow();
            for (String stored : t.dataColumns()) {
                if (t.isReference(stored)) {
                    assertThat(e.column(t.packageName(stored))).as(e.name() + "." + stored)
                            .allMatch(v -> v == null || GLOBAL_ID.matcher(v).matches());
                }
            }
        }
    }

    @Test
    void theHeaderNamesThisLedgerAndTheFirstPackageToARecipientIsNumberOne() throws Exception {
        MemoryTarget p = export(PackageKind.FULL, COUNTY);
        ExchangeIdentity me = new IdentityStore(db, CLOCK).find().orElseThrow();
        PackageHeader h = p.header;
        assertThat(h.kind()).isEqualTo(PackageKind.FULL);
        assertThat(h.sender()).isEqualTo(new Party(PartyRole.TOWNSHIP, TestTownship.CODE, "平安镇"));
        assertThat(h.township()).isEqualTo(h.sender());
        assertThat(h.senderLedgerId()).isEqualTo(me.ledgerId());
        assertThat(h.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(h.sequence()).isEqualTo(1);
        assertThat(h.buildsOn()).isNull();
        assertThat(h.acknowledges()).isNull();
        assertThat(p.finished).isTrue();
        assertThat(log.list()).singleElement().satisfies(l -> {
            assertThat(l.packageId()).isEqualTo(h.packageId());
            assertThat(l.direction()).isEqualTo(LoggedPackage.Direction.SENT);
            assertThat(l.peerLedgerId()).isEqualTo(COUNTY);
            assertThat(l.peerCode()).isEqualTo("500235");
            assertThat(l.tick()).isEqualTo(1L);
            assertThat(l.rows()).isEqualTo(p.entries.values().stream().mapToLong(e -> e.rows().size()).sum());
            assertThat(l.bytes()).isEqualTo(4096 + l.rows());
            assertThat(l.fileName()).isEqualTo("to-county.gkpkg");
            assertThat(l.recordedBy()).isEqualTo(USER);
        });
        assertThat(tick()).as("changes from now on are after the package").isEqualTo("2");
    }

    @Test
    void sequencesArePerRecipientAndPassphrasePackagesCountTheirOwn() throws Exception {
        assertThat(export(PackageKind.FULL, COUNTY).header.sequence()).isEqualTo(1);
        assertThat(export(PackageKind.FULL, COUNTY).header.sequence()).isEqualTo(2);
        assertThat(export(PackageKind.FULL, OTHER_COUNTY).header.sequence()).isEqualTo(1);
        MemoryTarget passphrase = export(PackageKind.FULL, null);
        assertThat(passphrase.header.sequence()).isEqualTo(1);
        assertThat(passphrase.header.acknowledges()).isNull();
        assertThat(passphrase.entry("person").column("changed")).allMatch("*"::equals);
        assertThat(export(PackageKind.FULL, null).header.sequence()).isEqualTo(2);
        assertThat(export(PackageKind.FULL, COUNTY).header.sequence()).isEqualTo(3);
        assertThat(log.lastSentUnderPassphrase()).hasValue(2);
        assertThat(tick()).isEqualTo("7");
    }

    @Test
    void aPackageAcknowledgesTheNewestItsRecipientSentHere() throws Exception {
        receivedFrom(COUNTY, 1, null);
        receivedFrom(COUNTY, 4, null);
        receivedFrom(OTHER_COUNTY, 9, null);
        assertThat(export(PackageKind.FULL, COUNTY).header.acknowledges()).isEqualTo(4L);
        assertThat(export(PackageKind.FULL, OTHER_COUNTY).header.acknowledges()).isEqualTo(9L);
    }

    @Test
    void aDeltaCarriesExactlyTheRowsEditedAfterTheAcknowledgedPackageWithTheFieldsChanged() throws Exception {
        export(PackageKind.FULL, COUNTY);
        receivedFrom(COUNTY, 1, 1L);
        long personChanges = Long.parseLong(query(db, "SELECT coalesce(max(id), 0) FROM person_change"));

        ledger.save(ledger.find(guilan.id()).orElseThrow().toBuilder().phone("13900000009").build(), USER);
        Contact call = contact(deming, NOW.minusHours(1));
        places.saveVillage(new VillageEdit(TestTownship.VILLAGE_2, "500235124200", "龙洞新村", UrbanRuralClass.C220,
                "108.688", "30.935"), false, USER);
        places.remove(PlaceKind.MEMBER, 2, USER);

        MemoryTarget delta = export(PackageKind.DELTA, COUNTY);

        PackageHeader h = delta.header;
        assertThat(h.kind()).isEqualTo(PackageKind.DELTA);
        assertThat(h.sequence()).isEqualTo(2);
        assertThat(h.buildsOn()).isEqualTo(1L);
        assertThat(h.acknowledges()).isEqualTo(1L);
        assertThat(delta.entries.keySet()).as("every entry, empty ones too").hasSize(ExchangeTables.ALL.size());
        assertThat(delta.entry("person").maps()).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("global_id", guilan.meta().globalId().toString())
                .containsEntry("phone", "13900000009").containsEntry("changed", "phone"));
        assertThat(delta.entry("contact").maps()).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("global_id", call.meta().globalId().toString())
                .containsEntry("person", deming.meta().globalId().toString()).containsEntry("changed", "*"));
        assertThat(delta.entry("village").maps()).singleElement().satisfies(v -> assertThat(v)
                .containsEntry("global_id", "b0000000-0000-4000-8000-000000000002")
                .containsEntry("name", "龙洞新村").containsEntry("changed", "name"));
        assertThat(delta.entry("team_member").maps()).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("global_id", "e0000000-0000-4000-8000-000000000002")
                .containsEntry("deleted", "1").containsEntry("changed", "deleted"));
        List<String> newHistory = db.read(dsl -> dsl.fetch("SELECT global_id FROM person_change WHERE id > ?",
                personChanges).getValues(0, String.class));
        assertThat(newHistory).isNotEmpty();
        assertThat(delta.entry("person_change").column("global_id")).containsExactlyElementsOf(newHistory);
        assertThat(delta.entry("person_change").column("changed")).allMatch("*"::equals);
        assertThat(delta.entry("place_change").maps()).hasSize(2).allSatisfy(c -> assertThat(c.get("changed")).isEqualTo("*"))
                .extracting(c -> c.get("entity") + " " + c.get("place") + " " + c.get("field"))
                .containsExactlyInAnyOrder("VILLAGE b0000000-0000-4000-8000-000000000002 NAME",
                        "MEMBER e0000000-0000-4000-8000-000000000002 REMOVED");
        for (String untouched : List.of("township", "facility", "family_doctor_team", "responsibility_team", "grid",
                "household", "comorbidity", "infection_episode", "referral", "setting")) {
            assertThat(delta.entry(untouched).rows()).as(untouched).isEmpty();
        }
    }

    @Test
    void untilTheRecipientAcknowledgesMoreADeltaBuildsOnTheSameBaseAndCarriesTheSameRows() throws Exception {
        export(PackageKind.FULL, COUNTY);
        receivedFrom(COUNTY, 1, 1L);
        ledger.save(ledger.find(guilan.id()).orElseThrow().toBuilder().phone("13900000009").build(), USER);

        MemoryTarget second = export(PackageKind.DELTA, COUNTY);
        MemoryTarget third = export(PackageKind.DELTA, COUNTY);
        assertThat(third.header.sequence()).isEqualTo(3);
        assertThat(third.header.buildsOn()).isEqualTo(1L);
        assertThat(third.entry("person").column("global_id")).isEqualTo(second.entry("person").column("global_id"))
                .containsExactly(guilan.meta().globalId().toString());

        receivedFrom(COUNTY, 2, 3L);
        MemoryTarget fourth = export(PackageKind.DELTA, COUNTY);
        assertThat(fourth.header.buildsOn()).isEqualTo(3L);
        assertThat(fourth.header.acknowledges()).isEqualTo(2L);
        assertThat(fourth.entries.values()).as("nothing changed since package 3").allMatch(e -> e.rows().isEmpty());

        ledger.save(ledger.find(deming.id()).orElseThrow().toBuilder().phone("13900000010").build(), USER);
        ledger.save(ledger.find(deming.id()).orElseThrow().toBuilder().name("谭得明").build(), USER);
        assertThat(export(PackageKind.DELTA, COUNTY).entry("person").maps()).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("global_id", deming.meta().globalId().toString())
                        .containsEntry("changed", "name,phone"));
    }

    @Test
    void aFullPackageAfterAnAcknowledgedOneSaysWhichFieldsChangedSinceIt() throws Exception {
        export(PackageKind.FULL, COUNTY);
        receivedFrom(COUNTY, 1, 1L);
        ledger.save(ledger.find(guilan.id()).orElseThrow().toBuilder().phone("13900000009").build(), USER);
        Person added = ledger.save(TestTownship.person("向成芬", 3).build(), USER);

        MemoryTarget full = export(PackageKind.FULL, COUNTY);
        assertThat(full.header.kind()).isEqualTo(PackageKind.FULL);
        assertThat(full.header.buildsOn()).isNull();
        MemoryTarget.Entry persons = full.entry("person");
        assertThat(persons.rows()).hasSize(3);
        assertThat(persons.row(guilan.meta().globalId().toString()).orElseThrow()).containsEntry("changed", "phone");
        assertThat(persons.row(deming.meta().globalId().toString()).orElseThrow()).containsEntry("changed", "");
        assertThat(persons.row(added.meta().globalId().toString()).orElseThrow()).containsEntry("changed", "*");
        assertThat(full.entry("village").column("changed")).containsOnly("");
    }

    @Test
    void aDeltaBeforeTheRecipientAcknowledgedAnythingIsRefusedAndNothingIsWritten() throws Exception {
        export(PackageKind.FULL, COUNTY);
        receivedFrom(COUNTY, 1, null);
        String tick = tick();
        assertThatThrownBy(() -> export(PackageKind.DELTA, COUNTY))
                .isInstanceOfSatisfying(PackageExporter.Refused.class, e -> {
                    assertThat(e.reason()).isEqualTo(PackageExporter.Refused.Reason.NOTHING_ACKNOWLEDGED);
                    assertThat(e.getMessage()).isEqualTo("no package acknowledged yet: send a full package");
                });
        assertThatThrownBy(() -> export(PackageKind.DELTA, OTHER_COUNTY))
                .isInstanceOfSatisfying(PackageExporter.Refused.class, e -> assertThat(e.reason())
                        .isEqualTo(PackageExporter.Refused.Reason.NOTHING_ACKNOWLEDGED));
        assertThatThrownBy(() -> export(PackageKind.DELTA, null))
                .isInstanceOfSatisfying(PackageExporter.Refused.class, e -> assertThat(e.reason())
                        .isEqualTo(PackageExporter.Refused.Reason.DELTA_NEEDS_RECIPIENT));
        assertThatThrownBy(() -> export(PackageKind.FULL, UUID.fromString("01900000-0000-7000-8000-0000000000ff")))
                .isInstanceOfSatisfying(PackageExporter.Refused.class, e -> assertThat(e.reason())
                        .isEqualTo(PackageExporter.Refused.Reason.UNKNOWN_RECIPIENT));
        assertThat(log.lastSentSequence(COUNTY)).hasValue(1);
        assertThat(log.list()).hasSize(2);
        assertThat(tick()).isEqualTo(tick);
    }

    @Test
    void aTargetThatFailsAnywhereLeavesLogClockAndIdentityAsTheyWere() {
        List<MemoryTarget> failing = new ArrayList<>();
        MemoryTarget onOpen = new MemoryTarget();
        onOpen.failOnOpen = true;
        MemoryTarget atRow = new MemoryTarget();
        atRow.failAtRow = 20;
        MemoryTarget onFinish = new MemoryTarget();
        onFinish.failOnFinish = true;
        failing.add(onOpen);
        failing.add(atRow);
        failing.add(onFinish);
        for (MemoryTarget target : failing) {
            assertThatThrownBy(() -> exporter.export(new ExportRequest(PackageKind.FULL, Optional.of(COUNTY), USER,
                    Optional.empty()), target, n -> { })).isInstanceOf(IOException.class);
            assertThat(log.list()).isEmpty();
            assertThat(tick()).isEqualTo("1");
            assertThat(new IdentityStore(db, CLOCK).find()).as("written in the same transaction").isEmpty();
        }
        assertThat(atRow.entries).isNotEmpty();
    }

    @Test
    void anInterruptCancelsTheExportAndRollsItBack() {
        MemoryTarget target = new MemoryTarget();
        target.interruptAtRow = 3;
        try {
            assertThatThrownBy(() -> exporter.export(new ExportRequest(PackageKind.FULL, Optional.of(COUNTY), USER,
                    Optional.empty()), target, n -> { })).isInstanceOf(CancellationException.class);
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt stays set for the caller").isTrue();
        }
        assertThat(target.finished).isFalse();
        assertThat(log.list()).isEmpty();
        assertThat(tick()).isEqualTo("1");
    }

    @Test
    void progressCountsTheRowsWritten() throws Exception {
        for (int i = 0; i < 3; i++) {
            ledger.save(TestTownship.person("测试" + i, 10 + i).build(), USER);
        }
        db.transaction(dsl -> {
            for (int i = 0; i < 2500; i++) {
                dsl.execute("INSERT INTO contact (global_id, township_code, updated_at, revision, deleted, person_id,"
                        + " at, made_by, mode, reached) VALUES (?, ?, '2026-11-01T00:00:00.000Z', 1, 0, ?, ?, '王医生',"
                        + " 'PHONE', 1)", String.format("70000000-0000-7000-8000-%012d", i), TestTownship.CODE,
                        guilan.id(), NOW.minusMinutes(i).toString());
            }
            return null;
        });
        List<Long> reported = new ArrayList<>();
        MemoryTarget target = new MemoryTarget();
        ExportOutcome outcome = exporter.export(new ExportRequest(PackageKind.FULL, Optional.of(COUNTY), USER,
                Optional.empty()), target, reported::add);
        assertThat(reported).isSorted().contains(1024L + outcome.rows().entrySet().stream()
                .takeWhile(e -> !e.getKey().equals("contact")).mapToLong(Map.Entry::getValue).sum());
        assertThat(reported.get(reported.size() - 1)).isEqualTo(outcome.totalRows());
        assertThat(outcome.rows().get("contact")).isEqualTo(2501L);
        assertThat(outcome.logged().rows()).isEqualTo(outcome.totalRows());
        assertThat(outcome.bytes()).isEqualTo(outcome.logged().bytes());
    }

    @Test
    void valuesTravelExactlyAsStoredEvenWithTabsNewlinesBackslashesAndAwkwardNumbers() throws Exception {
        String note = "咳嗽\t三天\n夜间\\加重\r\n今早好转";
        Contact call = contacts.save(Contact.draft(RecordMeta.fresh("", CLOCK.instant()), deming.id(),
                NOW.minusHours(2), "王医生", ContactMode.HOME_VISIT, true).withText("送药\t到家", note),
                EpisodeChange.NONE, ReferralRules.defaults(), USER).contact();
        db.transaction(dsl -> dsl.execute("UPDATE village SET longitude = ?, latitude = ?, name = ? WHERE id = 1",
                0.1 + 0.2, 1.0 / 3, "平安\\社区"));

        String stored = query(db, "SELECT note FROM contact WHERE id = " + call.id());
        assertThat(stored).contains("\t", "\n", "\\", "\r");

        MemoryTarget p = export(PackageKind.FULL, COUNTY);
        assertThat(p.entry("contact").row(call.meta().globalId().toString()).orElseThrow())
                .containsEntry("note", stored).containsEntry("action", "送药\t到家").containsEntry("mode", "HOME_VISIT")
                .containsEntry("changed", "*");
        Map<String, String> village = p.entry("village").row("b0000000-0000-4000-8000-000000000001").orElseThrow();
        assertThat(Double.parseDouble(village.get("longitude"))).isEqualTo(0.1 + 0.2);
        assertThat(Double.parseDouble(village.get("latitude"))).isEqualTo(1.0 / 3);
        assertThat(village).containsEntry("name", "平安\\社区");
    }

    @Test
    void aRowReadAgainColumnByColumnKeepsItsChangedFieldsInADeltaAndInAFullPackage() throws Exception {
        Contact call = contact(deming, NOW.minusHours(2));
        export(PackageKind.FULL, COUNTY);
        receivedFrom(COUNTY, 1, 1L);
        db.transaction(dsl -> dsl.execute("UPDATE contact SET note = ?, made_by = ? WHERE id = ?", "一\t二", "李医生",
                call.id()));
        String gid = call.meta().globalId().toString();

        Map<String, String> inDelta = export(PackageKind.DELTA, COUNTY).entry("contact").row(gid).orElseThrow();
        assertThat(inDelta).containsEntry("note", "一\t二").containsEntry("changed", "made_by,note");
        MemoryTarget full = export(PackageKind.FULL, COUNTY);
        assertThat(full.entry("contact").row(gid).orElseThrow()).containsEntry("note", "一\t二")
                .containsEntry("changed", "made_by,note");
        assertThat(full.entry("contact").row(contacts.forPerson(guilan.id()).get(0).meta().globalId().toString())
                .orElseThrow()).containsEntry("changed", "");
    }

    @Test
    void aReferenceToARowThatIsNotThereStopsTheExport() {
        db.transaction(dsl -> dsl.execute("INSERT INTO place_change (global_id, township_code, updated_at, revision,"
                + " deleted, entity, place_id, field, old_value, new_value, changed_by, changed_at) VALUES"
                + " ('71000000-0000-7000-8000-000000000001', ?, '2026-11-01T00:00:00.000Z', 1, 0, 'GRID', 99, 'NAME',"
                + " 'a', 'b', '王', '2026-11-01T00:00:00.000Z')", TestTownship.CODE));
        assertThatThrownBy(() -> export(PackageKind.FULL, COUNTY))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.CANNOT_READ_LEDGER);
                    assertThat(e.getMessage()).contains("place_change").contains("71000000-0000-7000-8000-000000000001");
                });
        assertThat(log.list()).isEmpty();
    }

    @Test
    void aCountyDatabaseSendsATownshipItsOwnRowsOnly() throws Exception {
        Path file = dir.resolve("county.db");
        UUID countyId = UUID.fromString("01900000-0000-7000-8000-00000000c0c0");
        UUID township = UUID.fromString("01900000-0000-7000-8000-00000000a0a0");
        try (Database county = TestTownship.create(file)) {
            new IdentityStore(county, CLOCK).createReceiving(countyId, "500235", "云阳县卫健委");
            county.transaction(dsl -> {
                dsl.execute("INSERT INTO township (global_id, township_code, updated_at, revision, deleted, code, name)"
                        + " VALUES ('a0000000-0000-4000-8000-000000000002', '500235125', '2026-11-01T00:00:00.000Z', 1,"
                        + " 0, '500235125', '双土镇')");
                dsl.execute("INSERT INTO village (global_id, township_code, updated_at, revision, deleted, code, name,"
                        + " urban_rural) VALUES ('b0000000-0000-4000-8000-000000000099', '500235125',"
                        + " '2026-11-01T00:00:00.000Z', 1, 0, '500235125200', '双土村', '220')");
                return null;
            });
            new PeerRegistry(county).register(new Peer(township, PartyRole.TOWNSHIP, TestTownship.CODE, "平安镇",
                    "MFkwsigning", "MFkwencryption", "AAAA", CLOCK.instant(), USER));
            PackageExporter fromCounty = new PackageExporter(county, CLOCK);
            MemoryTarget p = new MemoryTarget();
            fromCounty.export(new ExportRequest(PackageKind.FULL, Optional.of(township), USER, Optional.empty()), p,
                    n -> { });

            assertThat(p.header.sender()).isEqualTo(new Party(PartyRole.COUNTY, "500235", "云阳县卫健委"));
            assertThat(p.header.senderLedgerId()).isEqualTo(countyId);
            assertThat(p.header.township()).isEqualTo(new Party(PartyRole.TOWNSHIP, TestTownship.CODE, "平安镇"));
            assertThat(p.entry("township").column("code")).containsExactly(TestTownship.CODE);
            assertThat(p.entry("village").column("global_id")).containsExactly("b0000000-0000-4000-8000-000000000001",
                    "b0000000-0000-4000-8000-000000000002");
            Set<String> codes = new HashSet<>();
            p.entries.values().forEach(e -> codes.addAll(e.column("township_code")));
            assertThat(codes).containsExactly(TestTownship.CODE);
            assertThat(new PackageLog(county).lastSentSequence(township)).hasValue(1);

            // the township acknowledges it; a county edit in each township: the delta carries its own only
            new PackageLog(county).record(LoggedPackage.received(new PackageHeader(UUID.randomUUID(), PackageKind.FULL,
                    new Party(PartyRole.TOWNSHIP, TestTownship.CODE, "平安镇"), township,
                    new Party(PartyRole.TOWNSHIP, TestTownship.CODE, "平安镇"), CLOCK.instant(), 1, null, 1L),
                    RecipientMode.KEYS, null, CLOCK.instant(), USER, null, null, 0, 0, 0, 0, 0));
            county.transaction(dsl -> dsl.execute("UPDATE village SET name = name || '新'"));
            MemoryTarget delta = new MemoryTarget();
            fromCounty.export(new ExportRequest(PackageKind.DELTA, Optional.of(township), USER, Optional.empty()),
                    delta, n -> { });
            assertThat(delta.header.buildsOn()).isEqualTo(1L);
            assertThat(delta.entry("village").maps()).extracting(v -> v.get("name") + " " + v.get("changed"))
                    .containsExactly("平安社区新 name", "龙洞村新 name");
            MemoryTarget full = new MemoryTarget();
            fromCounty.export(new ExportRequest(PackageKind.FULL, Optional.of(township), USER, Optional.empty()),
                    full, n -> { });
            assertThat(full.entry("village").column("changed")).containsExactly("name", "name");
            assertThat(full.entry("township").column("changed")).containsExactly("");

            assertThatThrownBy(() -> fromCounty.export(new ExportRequest(PackageKind.FULL, Optional.empty(), USER,
                    Optional.empty()), new MemoryTarget(), n -> { }))
                    .isInstanceOfSatisfying(PackageExporter.Refused.class, e -> assertThat(e.reason())
                            .isEqualTo(PackageExporter.Refused.Reason.NEEDS_TOWNSHIP_RECIPIENT));
        }
    }

    @Test
    void aMarkOfTheSameTickAsAPackageIsNotInTheNextDelta() throws Exception {
        // edits before the first package are in it; the clock moved, so the next delta starts after them
        export(PackageKind.FULL, COUNTY);
        receivedFrom(COUNTY, 1, 1L);
        assertThat(export(PackageKind.DELTA, COUNTY).entries.values()).allMatch(e -> e.rows().isEmpty());
    }
}
