package io.guankou.desktop.sheetimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Person;
import io.guankou.model.person.Tier;
import io.guankou.model.person.Vaccination;
import io.guankou.model.place.Village;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.UnknownValue;
import io.guankou.model.sheet.ValueAnswer;
import io.guankou.model.sheet.YesNo;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerImporter;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.ledger.SheetImports;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's value mapping without a stage (issue 10): asked once per value, re-planned per answer, remembered. */
class ValueMappingViewModelTest {

    @TempDir
    Path dir;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);
    SheetImports imports;
    Village village;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        imports = new SheetImports(new LedgerImporter(db, TestClocks.FIXED),
                new ImportMappingRepository(db, TestClocks.FIXED), new PlaceRepository(db), TestClocks.FIXED, "测试员");
        village = new PlaceRepository(db).villages().get(0);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private SheetImportViewModel wizard(Path file) {
        SheetImportViewModel vm = new SheetImportViewModel(imports.open(file, null), runner, new ImportTexts(zh), null);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.PREVIEW);
        return vm;
    }

    private static ValueDecision decision(PreviewViewModel p, LedgerColumn column) {
        return p.valueDecisions().stream().filter(d -> d.value().column() == column).findFirst().orElseThrow();
    }

    private Map<String, Person> byName() {
        LedgerRepository repo = new LedgerRepository(db, TestClocks.FIXED);
        return repo.loadEntries().stream().collect(Collectors.toMap(LedgerEntry::name,
                e -> repo.find(e.personId()).orElseThrow(), (a, b) -> a));
    }

    @Test
    void eachValueIsAskedOnceWithItsRowsAndTheImportWaitsForEveryAnswer() {
        PreviewViewModel p = wizard(ImportSheets.unknownValues(dir, "台账.xlsx", village.name())).previewProperty().get();

        assertThat(p.valueDecisions()).extracting(ValueDecision::value).extracting(UnknownValue::column,
                UnknownValue::text, UnknownValue::rows).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.LIVING_SITUATION, "低保", 2),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.VACCINATION, "打了", 3),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.FAMILY_DOCTOR_CONTRACT, "签过", 2),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.TIER, "重点关注", 1));
        assertThat(p.rowsWithUnknownValues()).isEqualTo(3);
        assertThat(p.unansweredProperty().get()).isEqualTo(4);
        assertThat(p.countProperty(RowAction.WAITING).get()).isEqualTo(3);
        assertThat(p.countProperty(RowAction.ADD).get()).isEqualTo(1);
        assertThat(p.canImportProperty().get()).as("values unanswered").isFalse();
        assertThat(decision(p, LedgerColumn.FAMILY_DOCTOR_CONTRACT).options()).extracting(ValueAnswer::code)
                .containsExactly("YES", "NO", "EMPTY");

        decision(p, LedgerColumn.VACCINATION).answerProperty().set(ValueAnswer.of(Vaccination.BOOSTER));
        assertThat(p.unansweredProperty().get()).isEqualTo(3);
        // 苗翠兰's only unknown value is answered: she is added now
        assertThat(p.countProperty(RowAction.WAITING).get()).isEqualTo(2);
        assertThat(p.plan().rows().get(2).person().vaccination()).isEqualTo(Vaccination.BOOSTER);

        p.leaveRestEmpty();
        assertThat(p.unansweredProperty().get()).isZero();
        assertThat(decision(p, LedgerColumn.TIER).answerProperty().get()).isEqualTo(ValueAnswer.LEAVE_EMPTY);
        assertThat(decision(p, LedgerColumn.VACCINATION).answerProperty().get())
                .as("an answer given stays").isEqualTo(ValueAnswer.of(Vaccination.BOOSTER));
        assertThat(p.countProperty(RowAction.WAITING).get()).isZero();
        assertThat(p.countProperty(RowAction.ADD).get()).isEqualTo(4);
        assertThat(p.canImportProperty().get()).isTrue();
    }

    @Test
    void theAnswersAreRememberedWithTheMappingByTheImportAndAskedAgainPreAnswered() {
        SheetImportViewModel vm = wizard(ImportSheets.unknownValues(dir, "台账.xlsx", village.name()));
        PreviewViewModel p = vm.previewProperty().get();
        decision(p, LedgerColumn.LIVING_SITUATION).answerProperty().set(ValueAnswer.LEAVE_EMPTY);
        decision(p, LedgerColumn.VACCINATION).answerProperty().set(ValueAnswer.of(Vaccination.COMPLETE));
        decision(p, LedgerColumn.FAMILY_DOCTOR_CONTRACT).answerProperty().set(ValueAnswer.of(YesNo.YES));
        decision(p, LedgerColumn.TIER).answerProperty().set(ValueAnswer.of(Tier.RED));
        vm.importNow();
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.DONE);
        assertThat(vm.statusProperty().get()).as("remembered: no notice").isNull();
        vm.close();

        Map<String, Person> persons = byName();
        assertThat(persons.get("田守义").vaccination()).isEqualTo(Vaccination.COMPLETE);
        assertThat(persons.get("田守义").livingSituations()).containsExactly(LivingSituation.ALONE);
        assertThat(persons.get("田守礼").vaccination()).isEqualTo(Vaccination.COMPLETE);

        PreviewViewModel again = wizard(ImportSheets.unknownValuesAgain(dir, "台账-下月.xlsx", village.name()))
                .previewProperty().get();
        assertThat(again.valueDecisions()).extracting(d -> d.value().text(), d -> d.answerProperty().get())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("低保", ValueAnswer.LEAVE_EMPTY),
                        org.assertj.core.groups.Tuple.tuple("打了", ValueAnswer.of(Vaccination.COMPLETE)),
                        org.assertj.core.groups.Tuple.tuple("签过", ValueAnswer.of(YesNo.YES)),
                        org.assertj.core.groups.Tuple.tuple("重点关注", ValueAnswer.of(Tier.RED)));
        assertThat(again.unansweredProperty().get()).isZero();
        assertThat(again.countProperty(RowAction.ADD).get()).isEqualTo(1);
        assertThat(again.plan().rows().get(0).sheetTier()).isEqualTo(Tier.RED);
        assertThat(again.canImportProperty().get()).isTrue();
    }

    @Test
    void answersGivenBeforeGoingBackToTheMappingAreNotAskedAgain() {
        SheetImportViewModel vm = wizard(ImportSheets.unknownValues(dir, "台账.xlsx", village.name()));
        decision(vm.previewProperty().get(), LedgerColumn.VACCINATION).answerProperty()
                .set(ValueAnswer.of(Vaccination.INCOMPLETE));

        vm.back();
        vm.next();

        PreviewViewModel p = vm.previewProperty().get();
        assertThat(decision(p, LedgerColumn.VACCINATION).answerProperty().get())
                .isEqualTo(ValueAnswer.of(Vaccination.INCOMPLETE));
        assertThat(p.unansweredProperty().get()).isEqualTo(3);
        vm.close();
    }

    @Test
    void theWaitingRowsSayWhichValueTheyWaitFor() {
        PreviewViewModel p = wizard(ImportSheets.unknownValues(dir, "台账.xlsx", village.name())).previewProperty().get();
        ImportTexts texts = new ImportTexts(zh);

        assertThat(texts.waiting(p.plan().rows().get(2))).isEqualTo("待选择取值：疫苗接种情况「打了」");
        assertThat(texts.waiting(p.plan().rows().get(0))).isEqualTo("待选择取值：居住情况「低保」、疫苗接种情况「打了」、"
                + "家庭医生签约「签过」、分级（表格所填）「重点关注」");
        assertThat(texts.answer(LedgerColumn.FAMILY_DOCTOR_CONTRACT, ValueAnswer.of(YesNo.YES))).isEqualTo("已签约（日期不详）");
        assertThat(texts.answer(LedgerColumn.TIER, ValueAnswer.of(Tier.RED))).isEqualTo("红");
        assertThat(texts.answer(LedgerColumn.TIER, ValueAnswer.LEAVE_EMPTY)).isEqualTo("留空");
    }
}
