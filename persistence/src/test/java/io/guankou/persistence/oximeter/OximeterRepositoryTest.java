package io.guankou.persistence.oximeter;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.oximeter.Candidate;
import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.model.oximeter.HolderKind;
import io.guankou.model.oximeter.HolderNeed;
import io.guankou.model.oximeter.HolderRef;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.model.oximeter.HolderType;
import io.guankou.model.oximeter.MoveEvent;
import io.guankou.model.oximeter.OximeterRules;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Person;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.ledger.LedgerRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OximeterRepositoryTest {

    static final HolderRef CENTRE = HolderRef.of(HolderKind.FACILITY, 1);
    static final HolderRef COMMITTEE_2 = HolderRef.of(HolderKind.VILLAGE, TestTownship.VILLAGE_2);

    @TempDir
    Path dir;
    Database db;
    OximeterRepository repo;
    LedgerRepository ledger;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ox.db"));
        repo = new OximeterRepository(db, CLOCK);
        ledger = new LedgerRepository(db, CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long deviceId(String serial) {
        return repo.overview(TODAY).devices().stream().filter(d -> d.serial().equals(serial)).findFirst()
                .orElseThrow().id();
    }

    private String count(String sql) {
        return TestTownship.query(db, sql);
    }

    @Test
    void aDeliveryGoesIntoStockWithAHistoryRowEachAndARepeatedSerialRefusesTheWhole() {
        assertThat(repo.deliver(List.of("OX-01", "OX-02", "OX-03"), TODAY, "县卫健委第一批", "王主任")).isEqualTo(3);
        OximeterOverview o = repo.overview(TODAY);
        assertThat(o.workingInStock()).isEqualTo(3);
        assertThat(o.devices()).extracting(DeviceEntry::serial).containsExactly("OX-01", "OX-02", "OX-03");
        assertThat(o.devices()).allMatch(d -> d.holder().isStock() && d.deliveredOn().equals(TODAY));
        assertThat(repo.history(deviceId("OX-02"))).extracting(DeviceMoveEntry::event)
                .containsExactly(MoveEvent.DELIVERED);

        assertThatThrownBy(() -> repo.deliver(List.of("OX-04", "OX-02"), TODAY, null, "王主任"))
                .isInstanceOfSatisfying(OximeterRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OximeterRejectedException.Reason.SERIAL_EXISTS);
                    assertThat(e.detail()).isEqualTo("OX-02");
                });
        assertThat(count("SELECT count(*) FROM oximeter")).isEqualTo("3");
        assertThat(count("SELECT count(*) FROM oximeter_move")).isEqualTo("3");
    }

    @Test
    void holdersAreListedByTypeWithTheNoticeMinimumsAndCountOnlyWorkingDevices() {
        repo.deliver(List.of("OX-01", "OX-02", "OX-03"), TODAY, null, "王主任");
        repo.allocate(List.of(new HolderCount(CENTRE, 3)), TODAY, "王主任");
        repo.setCondition(deviceId("OX-03"), DeviceCondition.BROKEN, "屏幕坏", TODAY, "王主任");
        List<HolderStock> holders = repo.overview(TODAY).holders();
        assertThat(holders).extracting(HolderStock::type).containsExactly(HolderType.HEALTH_CENTRE,
                HolderType.COMMITTEE, HolderType.COMMITTEE, HolderType.FAMILY_DOCTOR_TEAM,
                HolderType.RESPONSIBILITY_TEAM, HolderType.RESPONSIBILITY_TEAM);
        HolderStock centre = holders.get(0);
        assertThat(centre.name()).isEqualTo("平安镇中心卫生院");
        assertThat(centre.held()).isEqualTo(2); // the broken one does not count
        assertThat(centre.minimum()).isEqualTo(20);
        assertThat(centre.shortfall()).isEqualTo(18);
        assertThat(centre.villageName()).isEqualTo("平安社区");
        assertThat(holders.get(2).name()).isEqualTo("龙洞村");
        assertThat(holders.get(2).shortfall()).isEqualTo(1);
    }

    @Test
    void anAllocationMovesTheLowestSerialsOutOfStockOrNothingWhenTheStockIsShort() {
        repo.deliver(List.of("OX-03", "OX-01", "OX-02"), TODAY, null, "王主任");
        assertThatThrownBy(() -> repo.allocate(List.of(new HolderCount(CENTRE, 2), new HolderCount(COMMITTEE_2, 2)),
                TODAY, "王主任")).isInstanceOfSatisfying(OximeterRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(OximeterRejectedException.Reason.NOT_ENOUGH_STOCK));
        assertThat(repo.overview(TODAY).workingInStock()).isEqualTo(3);

        assertThat(repo.allocate(List.of(new HolderCount(CENTRE, 2), new HolderCount(COMMITTEE_2, 1)), TODAY,
                "王主任")).isEqualTo(3);
        OximeterOverview o = repo.overview(TODAY);
        assertThat(o.workingInStock()).isZero();
        assertThat(o.devices()).extracting(d -> d.serial() + "@" + d.holderName())
                .containsExactly("OX-01@平安镇中心卫生院", "OX-02@平安镇中心卫生院", "OX-03@龙洞村");
        List<DeviceMoveEntry> history = repo.history(deviceId("OX-03"));
        assertThat(history).extracting(DeviceMoveEntry::event).containsExactly(MoveEvent.DELIVERED, MoveEvent.ALLOCATED);
        assertThat(history.get(1).holder()).isEqualTo(COMMITTEE_2);
        assertThat(history.get(1).movedBy()).isEqualTo("王主任");
    }

    @Test
    void issueToAPersonAtHomeKeepsTheLedgerSerialAndAReturnGoesBackWhereItCameFrom() {
        Person p = ledger.save(TestTownship.person("谭秀英", 1).mobility(Mobility.LIMITED).build(), "录入员");
        repo.deliver(List.of("OX-01", "OX-02"), TODAY, null, "王主任");
        repo.allocate(List.of(new HolderCount(CENTRE, 2)), TODAY, "王主任");
        long ox1 = deviceId("OX-01");
        repo.issue(ox1, p.id(), TODAY.minusDays(15), "王医生");
        assertThat(count("SELECT oximeter_serial FROM person WHERE id = " + p.id())).isEqualTo("OX-01");
        assertThat(count("SELECT new_value FROM person_change WHERE field = 'oximeterSerial' AND person_id = " + p.id()))
                .isEqualTo("OX-01");
        OximeterOverview o = repo.overview(TODAY);
        DeviceEntry atHome = o.devices().get(0);
        assertThat(atHome.holder()).isEqualTo(HolderRef.of(HolderKind.PERSON, p.id()));
        assertThat(atHome.holderName()).isEqualTo("谭秀英");
        assertThat(atHome.residentId()).isEqualTo(p.residentId());
        // issued 15 days ago, return after 14: one day overdue
        assertThat(o.overdue()).extracting(DeviceEntry::serial).containsExactly("OX-01");
        assertThat(o.daysOverdue(o.overdue().get(0))).isEqualTo(1);

        assertThatThrownBy(() -> repo.issue(deviceId("OX-02"), p.id(), TODAY, "王医生"))
                .isInstanceOfSatisfying(OximeterRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OximeterRejectedException.Reason.PERSON_HAS_ONE);
                    assertThat(e.detail()).isEqualTo("OX-01");
                });
        assertThatThrownBy(() -> repo.issue(ox1, p.id(), TODAY, "王医生"))
                .isInstanceOfSatisfying(OximeterRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(OximeterRejectedException.Reason.AT_HOME));

        repo.returnFromHome(ox1, null, DeviceCondition.WORKING, TODAY, "王医生");
        OximeterOverview after = repo.overview(TODAY);
        assertThat(after.devices().get(0).holder()).isEqualTo(CENTRE);
        assertThat(after.devices().get(0).returnedOn()).isEqualTo(TODAY);
        assertThat(after.overdue()).isEmpty();
        assertThat(count("SELECT oximeter_serial FROM person WHERE id = " + p.id())).isEqualTo("null");
        assertThat(repo.history(ox1)).extracting(DeviceMoveEntry::event).containsExactly(MoveEvent.DELIVERED,
                MoveEvent.ALLOCATED, MoveEvent.ISSUED, MoveEvent.RETURNED);
        assertThatThrownBy(() -> repo.returnFromHome(ox1, null, DeviceCondition.WORKING, TODAY, "王医生"))
                .isInstanceOfSatisfying(OximeterRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(OximeterRejectedException.Reason.NOT_AT_HOME));
    }

    @Test
    void aBrokenDeviceCannotBeIssuedAndALostOneAtHomeLeavesThePersonWithout() {
        Person p = ledger.save(TestTownship.person("谭秀英", 1).mobility(Mobility.LIMITED).build(), "录入员");
        repo.deliver(List.of("OX-01"), TODAY, null, "王主任");
        long ox = deviceId("OX-01");
        repo.setCondition(ox, DeviceCondition.BROKEN, null, TODAY, "王主任");
        assertThatThrownBy(() -> repo.issue(ox, p.id(), TODAY, "王医生"))
                .isInstanceOfSatisfying(OximeterRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(OximeterRejectedException.Reason.NOT_WORKING));
        assertThat(repo.history(ox)).extracting(DeviceMoveEntry::condition)
                .containsExactly(DeviceCondition.WORKING, DeviceCondition.BROKEN);
    }

    @Test
    void needCountsTheVillagesRedAndYellowAndThe65PlusWhoCannotMoveEasilyAndHaveNone() {
        // 78, stable hypertension, fully vaccinated: yellow (DOMAIN.md §3: age 1 + comorbidity 1 = 2)
        Person limited = ledger.save(TestTownship.person("谭秀英", 1).mobility(Mobility.LIMITED).build(), "录入员");
        ledger.save(TestTownship.person("李桂兰", 2).build(), "录入员"); // yellow, moves about normally
        Candidate committee1 = candidate(repo.overview(TODAY), HolderRef.of(HolderKind.VILLAGE, TestTownship.VILLAGE_1));
        // village 1 has no clinic: its committee issues
        assertThat(committee1.need()).isEqualTo(new HolderNeed(0, 2, 1));
        assertThat(candidate(repo.overview(TODAY), CENTRE).need()).isEqualTo(HolderNeed.NONE);

        repo.deliver(List.of("OX-01"), TODAY, null, "王主任");
        repo.issue(deviceId("OX-01"), limited.id(), TODAY, "王医生");
        assertThat(candidate(repo.overview(TODAY), HolderRef.of(HolderKind.VILLAGE, TestTownship.VILLAGE_1)).need())
                .isEqualTo(new HolderNeed(0, 2, 0));
    }

    private static Candidate candidate(OximeterOverview o, HolderRef h) {
        return o.candidates().stream().filter(c -> c.holder().equals(h)).findFirst().orElseThrow();
    }

    @Test
    void theRulesAreASettingWithTheNoticeDefaults() {
        assertThat(repo.loadRules()).isEqualTo(OximeterRules.defaults());
        OximeterRules changed = OximeterRules.defaults().withMinimum(HolderType.RESPONSIBILITY_TEAM, 3);
        repo.saveRules(changed, "王主任");
        assertThat(repo.loadRules()).isEqualTo(changed);
        assertThat(repo.overview(TODAY).holders().get(5).minimum()).isEqualTo(3);
    }

    @Test
    void personsAreFoundByNameOrTheEndOfTheirId() {
        Person p = ledger.save(TestTownship.person("谭秀英", 1).build(), "录入员");
        assertThat(repo.findPersons("秀", 10)).extracting(PersonPick::name).containsExactly("谭秀英");
        String tail = p.residentId().substring(14);
        assertThat(repo.findPersons(tail, 10)).extracting(PersonPick::id).containsExactly(p.id());
        assertThat(repo.findPersons(" ", 10)).isEmpty();
    }
}
