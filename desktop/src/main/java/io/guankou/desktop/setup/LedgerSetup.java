package io.guankou.desktop.setup;

import io.guankou.model.place.TownshipSetup;

/**
 * What the set-up window does with the user's choice, given by the start-up ({@code app}): both run off the FX
 * thread and hand back the opened ledger, which the caller then owns (and closes).
 *
 * @param <L> the opened ledger (the window's composition root)
 */
public interface LedgerSetup<L extends AutoCloseable> {

    /**
     * Creates the office's new, empty ledger for {@code setup}'s township and opens it. Anything already at the
     * ledger's path ends in a {@link io.guankou.persistence.DatabaseException} ({@code LEDGER_EXISTS}) and is left
     * untouched. The ledger's keys for data packages are made with it, under {@code keyPassphrase} (null: none);
     * the caller wipes the passphrase afterwards.
     */
    L create(TownshipSetup setup, char[] keyPassphrase);

    /** Opens the demo township, in its own file (written when needed), never the office's ledger. */
    L openDemo();
}
