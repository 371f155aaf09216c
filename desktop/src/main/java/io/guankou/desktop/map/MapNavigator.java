package io.guankou.desktop.map;

/** Where the map sends the user: the ledger filtered to a village (built by the composition root). */
@FunctionalInterface
public interface MapNavigator {

    void ledgerOfVillage(long villageId);
}
