package io.guankou.desktop.resources.healthpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.healthpack.PackCandidate;
import io.guankou.model.healthpack.PackQueueLine;
import io.guankou.model.person.InfectionState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthPackPrintLayoutTest {

    static PackQueueLine line(int rank, long village) {
        return new PackQueueLine(rank, new PackCandidate(rank, "p" + rank, "", "", village, "v" + village, true, 70,
                InfectionState.NEVER, false, false, false), false);
    }

    @Test
    void eachVillageStartsItsOwnPagesInQueueOrder() {
        List<PackQueueLine> lines = new ArrayList<>();
        // village 1: ranks 1, 3, 4; village 2: ranks 2, 5
        lines.add(line(1, 1));
        lines.add(line(2, 2));
        lines.add(line(3, 1));
        lines.add(line(4, 1));
        lines.add(line(5, 2));
        List<List<PackQueueLine>> pages = HealthPackPrintLayout.pagesByVillage(lines, 2);
        assertThat(pages).extracting(p -> p.stream().map(PackQueueLine::rank).toList())
                .containsExactly(List.of(1, 3), List.of(4), List.of(2, 5));
        // an A4 page's printable height of about 770 points holds (770 - 46 - 18 - 20) / 22 = 31 rows
        assertThat(HealthPackPrintLayout.rowsPerPage(770)).isEqualTo(31);
    }
}
