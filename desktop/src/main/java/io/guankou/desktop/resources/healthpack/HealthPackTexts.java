package io.guankou.desktop.resources.healthpack;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.healthpack.PackQueueLine;
import io.guankou.model.id.ResidentIds;
import java.util.List;

/** How a queue line reads in the table, the print and the export (the same words everywhere). */
final class HealthPackTexts {

    private final Messages msg;

    HealthPackTexts(Messages msg) {
        this.msg = msg;
    }

    Messages messages() {
        return msg;
    }

    String maskedId(PackQueueLine l) {
        return l.person().residentId() == null || l.person().residentId().isBlank() ? ""
                : ResidentIds.mask(l.person().residentId());
    }

    String area(PackQueueLine l) {
        return msg.get(l.person().rural() ? "healthPacks.rural" : "healthPacks.urban");
    }

    String comorbidity(PackQueueLine l) {
        return msg.get(l.person().comorbidity() ? "healthPacks.yes" : "healthPacks.no");
    }

    /** Why the line stands where it does: rural/urban · age band · illness group · comorbidity (· extension). */
    String why(PackQueueLine l) {
        List<String> parts = new java.util.ArrayList<>(List.of(area(l), msg.label(l.person().ageBand()),
                msg.label(l.person().illnessGroup()),
                msg.get(l.person().comorbidity() ? "healthPacks.withComorbidity" : "healthPacks.withoutComorbidity")));
        if (l.extension()) {
            parts.add(msg.get("healthPacks.extension"));
        }
        return String.join(" · ", parts);
    }

    static String phone(PackQueueLine l) {
        return l.person().phone() == null ? "" : l.person().phone();
    }
}
