package io.guankou.model.followup;

import io.guankou.model.codec.KeyValueCodec;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The office's editable table of contact targets per group. Defaults (DOMAIN.md §4): red 3 a week, at most
 * 7/3 days (56 h) apart; yellow 2 a week, at most 3.5 days (84 h) apart; infected at home every 3 days (72 h),
 * which is at least 2 in any 7 days; green none.
 */
public final class ContactTargets {

    private static final KeyValueCodec TEXT = KeyValueCodec.semicolons("contact targets");

    private final Map<FollowUpGroup, ContactTarget> targets;

    private ContactTargets(Map<FollowUpGroup, ContactTarget> targets) {
        this.targets = targets;
    }

    public static ContactTargets defaults() {
        Map<FollowUpGroup, ContactTarget> m = new EnumMap<>(FollowUpGroup.class);
        m.put(FollowUpGroup.RED, new ContactTarget(3, 56));
        m.put(FollowUpGroup.YELLOW, new ContactTarget(2, 84));
        m.put(FollowUpGroup.GREEN, ContactTarget.NONE);
        m.put(FollowUpGroup.INFECTED_AT_HOME, new ContactTarget(2, 72));
        return new ContactTargets(m);
    }

    public ContactTarget target(FollowUpGroup group) {
        return targets.get(group);
    }

    public ContactTargets with(FollowUpGroup group, ContactTarget target) {
        Map<FollowUpGroup, ContactTarget> m = new EnumMap<>(targets);
        m.put(Objects.requireNonNull(group), Objects.requireNonNull(target));
        return new ContactTargets(m);
    }

    /** The most reached contacts any rule looks back at: what a follow-up index must remember per person. */
    public int maxPerWeek() {
        return targets.values().stream().mapToInt(ContactTarget::perWeek).max().orElse(0);
    }

    /** Text for the settings table: {@code RED=3/56;YELLOW=2/84;GREEN=0/0;INFECTED_AT_HOME=2/72}. */
    public String encode() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (FollowUpGroup g : FollowUpGroup.values()) {
            ContactTarget t = targets.get(g);
            entries.put(g.name(), t.perWeek() + "/" + t.intervalHours());
        }
        return TEXT.write(entries);
    }

    /** Reads {@link #encode()} text; groups missing from it keep their defaults, unknown names are ignored. */
    public static ContactTargets decode(String text) {
        ContactTargets result = defaults();
        for (KeyValueCodec.Entry e : TEXT.parse(text)) {
            FollowUpGroup group;
            try {
                group = FollowUpGroup.valueOf(e.key());
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            String[] v = e.value().split("/", 2);
            if (v.length != 2) {
                throw new IllegalArgumentException("target of " + group + " is not per-week/hours: " + e.value());
            }
            result = result.with(group, new ContactTarget(Integer.parseInt(v[0].strip()), Integer.parseInt(v[1].strip())));
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactTargets other && targets.equals(other.targets);
    }

    @Override
    public int hashCode() {
        return targets.hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
