package io.guankou.model.tier;

import io.guankou.model.person.Tier;
import io.guankou.model.id.IdCheck;
import io.guankou.model.id.ResidentIdValidator;
import io.guankou.model.person.Person;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Computes a person's tier from {@link TierRules} (DOMAIN.md §3). The clinician's override is not looked at:
 * the computed tier is what stays visible beside it.
 */
public final class TierClassifier {

    private final TierRules rules;

    public TierClassifier(TierRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public TierRules rules() {
        return rules;
    }

    /**
     * Scores the person as of {@code today}. Without a birth date the age is read from a valid resident ID;
     * when neither is known the age scores as the youngest band, which the person form prevents anyway.
     */
    public TierAssessment assess(Person p, LocalDate today) {
        Objects.requireNonNull(p, "person");
        Objects.requireNonNull(today, "today");
        int agePoints = agePoints(p, today);
        int comorbidityPoints = rules.comorbidityPoints(p.comorbidities());
        int vaccinationPoints = rules.vaccinationPoints(p.vaccination());
        int score = agePoints + comorbidityPoints + vaccinationPoints;
        Tier tier = p.pregnant() && rules.pregnantIsRed() ? Tier.RED : rules.tierForScore(score);
        return new TierAssessment(tier, score, agePoints, comorbidityPoints, vaccinationPoints);
    }

    public Tier classify(Person p, LocalDate today) {
        return assess(p, today).tier();
    }

    private int agePoints(Person p, LocalDate today) {
        LocalDate born = p.birthDate();
        if (born == null && p.residentId() != null) {
            IdCheck id = ResidentIdValidator.checkAsOf(p.residentId(), null, null, today);
            born = id.isValid() ? id.birthDate() : null;
        }
        if (born == null) {
            return rules.agePoints(0);
        }
        return rules.agePoints(Period.between(born, today).getYears());
    }
}
