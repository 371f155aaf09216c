package io.guankou.model.healthpack;

import io.guankou.model.person.InfectionState;
import java.util.Objects;

/**
 * A person in the ledger who has no health pack yet, with what the order needs: village (rural or urban), age,
 * infection state, whether a recent contact recorded an urgent need of medicine, comorbidity, red tier.
 */
public record PackCandidate(long personId, String name, String residentId, String phone, long villageId,
                            String villageName, boolean rural, int age, InfectionState infection,
                            boolean needsMedicine, boolean comorbidity, boolean redTier) {

    public PackCandidate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(villageName, "villageName");
        Objects.requireNonNull(infection, "infection");
    }

    public AgeBand ageBand() {
        return AgeBand.of(age);
    }

    /** The notice's illness group: infected now, else an urgent need of medicine, else recovered, else other. */
    public IllnessGroup illnessGroup() {
        if (infection == InfectionState.INFECTED) {
            return IllnessGroup.IN_COURSE;
        }
        if (needsMedicine && infection == InfectionState.NEVER) {
            return IllnessGroup.URGENT_NEED;
        }
        if (infection == InfectionState.RECOVERED) {
            return IllnessGroup.RECOVERED;
        }
        return IllnessGroup.OTHER;
    }
}
