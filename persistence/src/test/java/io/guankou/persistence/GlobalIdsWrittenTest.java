package io.guankou.persistence;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.VillageChoice;
import io.guankou.model.sync.RecordMeta;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.excel.ExportKind;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.ledger.LedgerImporter;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.referral.ReferralRepository;
import io.guankou.persistence.settings.SettingStore;
import io.guankou.persistence.settings.TierRulesRepository;
import io.guankou.persistence.sheet.SheetImport;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetReading;
import io.guankou.persistence.sheet.TestSheets;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every row a repository or the import writes gets a time-ordered (RFC 9562 version 7) global id. */
class GlobalIdsWrittenTest {

    private static final String USER = "办公室小王";

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Global id by table, for every table that has the column. */
    private Map<String, Set<String>> globalIds() {
        List<String> tables = db.read(dsl -> dsl.fetch("SELECT m.name FROM sqlite_master m"
                + " WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) p"
                + " WHERE p.name = 'global_id')").getValues(0, String.class));
        Map<String, Set<String>> ids = new HashMap<>();
        for (String t : tables) {
            ids.put(t, new HashSet<>(db.read(dsl -> dsl.fetch("SELECT global_id FROM " + t)
                    .getValues(0, String.class))));
        }
        return ids;
    }

    @Test
    void rowsWrittenByEveryRepositoryAndTheImportCarryVersion7Ids() {
        Map<String, Set<String>> before = globalIds();
        LedgerRepository ledger = new LedgerRepository(db, CLOCK);

        Person saved = ledger.save(TestTownship.person("冉桂兰", 1).phone("13800000001").build(), USER);
        ledger.save(saved.toBuilder().phone("13800000002").build(), USER);
        Contact low = Contact.draft(RecordMeta.fresh("", CLOCK.instant()), saved.id(),
                LocalDateTime.now(CLOCK).minusHours(1), "王医生", ContactMode.PHONE, true)
                .withVitals(new BigDecimal("38.5"), 88);
        new ContactRepository(db, CLOCK).save(low, EpisodeChange.START_HOME_TREATMENT, ReferralRules.defaults(), USER);
        Person other = ledger.save(TestTownship.person("谭秀英", 2).build(), USER);
        new ReferralRepository(db, CLOCK).openManual(other.id(), USER);
        new SettingStore(db, CLOCK).save("test.setting", "a=1", USER);
        new ExportLogRepository(db, CLOCK).record(ExportKind.LEDGER, 2, false, "/tmp/台账.xlsx", USER);
        new TierRulesRepository(db, CLOCK).save(TierRules.defaults().withGreenMax(0).withYellowMax(1), USER);
        importSheet();

        Map<String, Set<String>> after = globalIds();
        Map<String, Integer> written = new HashMap<>();
        after.forEach((table, ids) -> {
            for (String id : ids) {
                if (!before.getOrDefault(table, Set.of()).contains(id)) {
                    UUID uuid = UUID.fromString(id);
                    assertThat(uuid.version()).as("%s %s", table, id).isEqualTo(7);
                    assertThat(uuid.variant()).as("%s %s", table, id).isEqualTo(2);
                    written.merge(table, 1, Integer::sum);
                }
            }
        });
        assertThat(written).containsKeys("person", "person_change", "comorbidity", "contact", "referral",
                "infection_episode", "setting", "export_log", "village", "grid", "responsibility_team", "team_member");
    }

    private void importSheet() {
        String id = TestTownship.residentId(LocalDate.of(1950, 1, 1), Sex.MALE, 1);
        Path file = TestSheets.csv(dir.resolve("台账.csv"), StandardCharsets.UTF_8, List.of(
                List.of("姓名", "身份证号", "村", "基础疾病", "村民小组", "包保责任人"),
                List.of("王德明", id, "石桥村", "糖尿病", "3组", "张三")));
        SheetLayout layout = SheetImport.layout(file, null);
        HeaderDetection header = layout.header().orElseThrow();
        SheetReading reading = SheetImport.read(file, null, header.rowNumber(), header.mapping(),
                new PlaceRepository(db).sheetPlaces(), TestTownship.TODAY, f -> { }, () -> false);
        LedgerImporter importer = new LedgerImporter(db, CLOCK);
        Map<Long, VillageChoice> villages = new HashMap<>();
        reading.unknownVillages().forEach(u -> villages.put(u.placeholderId(), VillageChoice.create()));
        importer.apply(importer.prepare(reading).plan(
                new ImportChoices(villages, false, USER, CLOCK.instant(), null, true, true)),
                "台账.csv", f -> { }, () -> false);
    }
}
