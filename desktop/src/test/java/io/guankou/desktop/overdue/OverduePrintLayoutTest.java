package io.guankou.desktop.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.overdue.OverduePrintLayout.GroupLine;
import io.guankou.desktop.overdue.OverduePrintLayout.PrintLine;
import io.guankou.desktop.overdue.OverduePrintLayout.RowLine;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueReason;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Pagination of the printed list, checked on the page nodes without a printer. */
@ExtendWith(ApplicationExtension.class) // fonts need the JavaFX toolkit
class OverduePrintLayoutTest {

    /** A4 printable area with the default (0.75 in) margins, in points. */
    static final double WIDTH = 595 - 2 * 54;
    static final double HEIGHT = 842 - 2 * 54;
    static final LocalDateTime AS_OF = LocalDateTime.of(2026, 11, 23, 8, 30);

    final Messages zh = Messages.of(Language.ZH);
    final OverduePrintLayout layout = new OverduePrintLayout(new OverdueTexts(zh));

    /** 200 persons in villages of 7 to 60, so that groups break across pages. */
    static List<OverdueGroup> groups(int persons) {
        int[] sizes = {60, 7, 45, 33, 55};
        List<OverdueGroup> groups = new ArrayList<>();
        long id = 1;
        for (int v = 0; id <= persons; v++) {
            List<OverdueRow> rows = new ArrayList<>();
            int size = sizes[v % sizes.length];
            for (int i = 0; i < size && id <= persons; i++, id++) {
                LedgerEntry e = new LedgerEntry(id, "张三" + id, String.format("500235194501%06d", id), Sex.MALE,
                        LocalDate.of(1945, 1, 1), "1380000" + String.format("%04d", id), v, "村" + v, null, null, null,
                        null, Tier.RED, null, 2, true, Vaccination.NONE);
                FollowUpStatus s = new FollowUpStatus(id, Tier.RED, i % 3 == 0, AS_OF, AS_OF.minusDays(4), 1, 3,
                        AS_OF.minusDays(2), OverdueReason.INTERVAL);
                rows.add(new OverdueRow(e, s));
            }
            groups.add(new OverdueGroup(Grouping.VILLAGE, (long) v, "村" + v, null, rows));
        }
        return groups;
    }

    @Test
    void twoHundredRowsTakeSeveralPagesAndEachRowIsPrintedOnce() {
        List<List<PrintLine>> pages = OverduePrintLayout.paginate(groups(200), HEIGHT);
        assertThat(pages).hasSizeGreaterThan(1);
        Map<Long, Integer> seen = new HashMap<>();
        for (List<PrintLine> page : pages) {
            for (PrintLine line : page) {
                if (line instanceof RowLine r) {
                    seen.merge(r.row().person().personId(), 1, Integer::sum);
                }
            }
            assertThat(page.get(page.size() - 1)).as("a heading never ends a page").isInstanceOf(RowLine.class);
        }
        assertThat(seen).hasSize(200).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void aGroupRunningOntoTheNextPageIsHeadedAgainAsContinued() {
        List<List<PrintLine>> pages = OverduePrintLayout.paginate(groups(200), HEIGHT);
        for (int p = 1; p < pages.size(); p++) {
            PrintLine top = pages.get(p).get(0);
            assertThat(top).as("page %d starts with a group heading", p + 1).isInstanceOf(GroupLine.class);
            List<PrintLine> previous = pages.get(p - 1);
            RowLine lastBefore = (RowLine) previous.get(previous.size() - 1);
            GroupLine heading = (GroupLine) top;
            boolean sameGroup = heading.group().rows().contains(lastBefore.row());
            assertThat(heading.continued()).isEqualTo(sameGroup);
        }
    }

    @Test
    void pagesRepeatTheColumnHeadsAndAreNumbered() {
        List<OverdueGroup> groups = groups(200);
        List<Node> pages = layout.pages(groups, new OverduePrintLayout.Header("平安镇", AS_OF, Grouping.VILLAGE),
                WIDTH, HEIGHT);
        assertThat(pages).hasSize(OverduePrintLayout.paginate(groups, HEIGHT).size());
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Parent page = (Parent) pages.get(i);
            assertThat(page.getBoundsInParent().getWidth()).isLessThanOrEqualTo(WIDTH + 1);
            assertThat(page.getBoundsInParent().getHeight()).isLessThanOrEqualTo(HEIGHT + 1);
            List<Node> heads = page.getChildrenUnmodifiable().stream()
                    .filter(n -> OverduePrintLayout.COLUMN_HEADS_ID.equals(n.getId())).toList();
            assertThat(heads).hasSize(1);
            assertThat(texts(heads.get(0))).containsExactly("姓名", "身份证号", "电话", "分级", "最近联系上", "逾期",
                    "7天/目标", "备注/签名");
            assertThat(texts(page)).contains("第 " + (i + 1) + " / " + pages.size() + " 页");
            for (Node n : page.getChildrenUnmodifiable()) {
                Object id = n.getProperties().get(OverduePrintLayout.PERSON_ID);
                if (id != null) {
                    seen.merge((Long) id, 1, Integer::sum);
                    assertThat(texts(n)).as("IDs are masked").anyMatch(t -> t.contains("********"));
                    assertThat(n.getBoundsInParent().getMaxY()).isLessThan(HEIGHT - OverduePrintLayout.FOOTER_H + 1);
                }
            }
        }
        assertThat(seen).hasSize(200).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(texts(pages.get(0))).contains("平安镇　逾期联系名单", "截至 2026-11-23 08:30　按村（社区）　共 200 人");
    }

    @Test
    void anEmptyListPrintsOnePageSayingSo() {
        List<Node> pages = layout.pages(List.of(), new OverduePrintLayout.Header("平安镇", AS_OF, Grouping.GRID),
                WIDTH, HEIGHT);
        assertThat(pages).hasSize(1);
        assertThat(texts(pages.get(0))).contains("没有逾期未联系的人员", "第 1 / 1 页");
    }

    static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Text t) {
            out.add(t.getText());
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }
}
