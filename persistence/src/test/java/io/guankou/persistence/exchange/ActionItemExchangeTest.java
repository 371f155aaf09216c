package io.guankou.persistence.exchange;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.meeting.ActionEdit;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionLink;
import io.guankou.model.meeting.ActionStatus;
import io.guankou.persistence.meeting.ActionItemRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting's action items travel to the county with their link, and a later closing in a delta. */
class ActionItemExchangeTest {

    @TempDir
    Path dir;

    @Test
    void anItemLinkedToAPersonReachesTheCountyAndItsClosingFollowsInADelta() throws Exception {
        try (TwoLedgers ledgers = new TwoLedgers(dir)) {
            long person = ledgers.person("冉桂兰", 1);
            ActionItemRepository township = new ActionItemRepository(ledgers.township, CLOCK);
            long id = township.add(new ActionEdit(0, ActionKind.PROBLEM, "血氧仪未送到", "王医生", TODAY,
                    ActionLink.to(ActionLink.Kind.PERSON, person)), "王主任", TODAY);
            ledgers.toCounty(false);

            List<ActionItem> atCounty = new ActionItemRepository(ledgers.county, CLOCK).list(TODAY, 7);
            assertThat(atCounty).singleElement().satisfies(i -> {
                assertThat(i.text()).isEqualTo("血氧仪未送到");
                assertThat(i.link().kind()).isEqualTo(ActionLink.Kind.PERSON);
                assertThat(i.link().label()).isEqualTo("冉桂兰");
                assertThat(i.status()).isEqualTo(ActionStatus.OPEN);
            });

            township.close(id, "已送达", "王主任", TODAY);
            ledgers.toCounty(true);
            assertThat(new ActionItemRepository(ledgers.county, CLOCK).list(TODAY, 7)).singleElement()
                    .satisfies(i -> {
                        assertThat(i.status()).isEqualTo(ActionStatus.DONE);
                        assertThat(i.outcome()).isEqualTo("已送达");
                        assertThat(i.closedBy()).isEqualTo("王主任");
                    });
        }
    }
}
