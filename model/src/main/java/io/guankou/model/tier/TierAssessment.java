package io.guankou.model.tier;

import io.guankou.model.person.Tier;

/**
 * The computed tier of one person and how it was reached, so the form can show the points per factor.
 * {@code tier} may be above what {@code score} alone gives: pregnant women are red by rule.
 */
public record TierAssessment(Tier tier, int score, int agePoints, int comorbidityPoints, int vaccinationPoints) {
}
