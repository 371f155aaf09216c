package io.guankou.model.healthpack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The distribution order of the notice (item 10, DOMAIN.md §8; quoted in the tests): rural before urban, older (80+)
 * before younger (60–80), in the course of illness, then not infected but in urgent need of medicine, then infected
 * and recovered, comorbidity before none — each principle a key, in the order the notice lists them: rural before urban, then 80+ before 60–79, then the
 * illness group ({@link IllnessGroup}), then comorbidity before none; ties go to the older person, then the ledger's
 * order. Everyone 60 or older is in the queue. The notice lets a county extend the packs to high-risk people with a
 * comorbidity and to children in difficulty: with the extension on, persons under 60 with a comorbidity or in the red tier follow everyone 60 or older,
 * in the same order among themselves. (The ledger holds no children: children in difficulty are not ranked here.)
 */
public final class HealthPackOrder {

    static final Comparator<PackCandidate> NOTICE_ORDER = Comparator
            .comparing((PackCandidate c) -> !c.rural())
            .thenComparing(PackCandidate::ageBand)
            .thenComparing(PackCandidate::illnessGroup)
            .thenComparing(c -> !c.comorbidity())
            .thenComparing(Comparator.comparingInt(PackCandidate::age).reversed())
            .thenComparingLong(PackCandidate::personId);

    private HealthPackOrder() {
    }

    /** Whether the person is in the queue: 60 or older; under 60 only with the extension and at high risk. */
    public static boolean eligible(PackCandidate c, boolean extension) {
        if (c.age() >= 60) {
            return true;
        }
        return extension && (c.comorbidity() || c.redTier());
    }

    /** The queue: those eligible, in the notice's order, ranked from 1. */
    public static List<PackQueueLine> queue(List<PackCandidate> candidates, boolean extension) {
        List<PackCandidate> base = new ArrayList<>();
        List<PackCandidate> extra = new ArrayList<>();
        for (PackCandidate c : candidates) {
            if (!eligible(c, extension)) {
                continue;
            }
            (c.age() >= 60 ? base : extra).add(c);
        }
        base.sort(NOTICE_ORDER);
        extra.sort(NOTICE_ORDER);
        List<PackQueueLine> out = new ArrayList<>();
        for (PackCandidate c : base) {
            out.add(new PackQueueLine(out.size() + 1, c, false));
        }
        for (PackCandidate c : extra) {
            out.add(new PackQueueLine(out.size() + 1, c, true));
        }
        return List.copyOf(out);
    }

    /** The lines of one village (ranks as in the whole queue), or all when {@code villageId} is null. */
    public static List<PackQueueLine> inVillage(List<PackQueueLine> queue, Long villageId) {
        return villageId == null ? queue : queue.stream().filter(l -> l.person().villageId() == villageId).toList();
    }
}
