package io.guankou.desktop.resources.returnee;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.place.Village;
import io.guankou.model.returnee.HouseholdRef;
import io.guankou.persistence.Database;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.returnee.ReturneeImporter;
import io.guankou.persistence.returnee.ReturneeRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The returnee import's view-model without a stage: all-or-nothing when a previewed row is refused at the write. */
class ReturneeImportViewModelTest {

    @TempDir
    Path dir;

    Database db;
    ReturneeRepository repo;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final DataEvents events = new DataEvents();
    final List<Object> published = new ArrayList<>();
    ReturneeImportViewModel vm;
    HouseholdRef household;
    Village village;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        repo = new ReturneeRepository(db, TestClocks.FIXED);
        PlaceRepository places = new PlaceRepository(db);
        vm = new ReturneeImportViewModel(new ReturneeImporter(db, repo, places), runner, events, TestClocks.FIXED,
                "测试员");
        events.subscribe(EnumSet.of(DataKind.RETURNEES), published::add);
        household = repo.households(TestClocks.TODAY).values().stream().filter(h -> !h.members().isEmpty())
                .filter(h -> repo.households(TestClocks.TODAY).values().stream()
                        .filter(o -> o.villageId() == h.villageId() && o.address().equals(h.address())).count() == 1)
                .findFirst().orElseThrow();
        village = places.villages().stream().filter(v -> v.id() == household.villageId()).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private Path csv() throws Exception {
        return Files.writeString(dir.resolve("返乡.csv"), String.join("\r\n",
                "姓名,村,家庭住址,返乡日期,从何处返回",
                "甲,\"" + village.name() + "\",新楼 1 号,2026-11-19,上海",
                "乙,\"" + village.name() + "\",\"" + household.address() + "\",2026-11-19,北京"), StandardCharsets.UTF_8);
    }

    @Test
    void aRowRefusedWhenWrittenLeavesTheRegisterAsItWasAndSaysWhichRow() throws Exception {
        vm.preview(csv());
        assertThat(vm.lines()).extracting(ReturneeImportViewModel.Line::refused).containsExactly(false, false);
        assertThat(vm.canImportProperty().get()).isTrue();
        db.transaction(dsl -> dsl.update(DSL.table("household")).set(DSL.field("deleted"), true)
                .where(DSL.field("id").eq(household.id())).execute());

        vm.importRows();

        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        assertThat(vm.noticeProperty().get().error()).isTrue();
        assertThat(Messages.of(Language.ZH).text(vm.noticeProperty().get().text()))
                .isEqualTo("第 3 行现在不能导入（台账中没有（或不在所选村）），一条都没有导入，请重新读取表格");
        assertThat(repo.returnees()).as("row 2 rolled back with row 3").hasSize(4);
        assertThat(published).isEmpty();
        assertThat(vm.sheetProperty().get()).as("the preview stays for a second look").isNotNull();
    }

    @Test
    void anImportPublishesTheChangeAndCancelClosesThePreviewWithoutWriting() throws Exception {
        vm.preview(csv());
        vm.cancel();
        assertThat(vm.sheetProperty().get()).isNull();
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(repo.returnees()).hasSize(4);

        vm.preview(csv());
        vm.importRows();
        assertThat(repo.returnees()).hasSize(6);
        assertThat(published).hasSize(1);
        assertThat(Messages.of(Language.ZH).text(vm.noticeProperty().get().text()))
                .isEqualTo("已从「返乡.csv」导入 2 名返乡人员");
    }
}
