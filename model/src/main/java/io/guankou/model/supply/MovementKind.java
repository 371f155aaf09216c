package io.guankou.model.supply;

/** A receipt adds to a facility's stock of an item, an issue takes from it; the stock is their sum. */
public enum MovementKind {
    RECEIPT,
    ISSUE;

    /** The signed quantity: a receipt counts up, an issue down. */
    public int signed(int quantity) {
        return this == RECEIPT ? quantity : -quantity;
    }
}
