package io.guankou.model.oximeter;

/**
 * One village's holders together: how many holders, devices held, the sum of their minimums, the sum of their
 * shortfalls (a holder above its minimum does not make up for another below it) and how many are short.
 * {@code villageId} null: the holders that serve the whole township.
 */
public record VillageShortfall(Long villageId, String villageName, int holders, int held, int minimum, int shortfall,
                               int holdersShort) {
}
