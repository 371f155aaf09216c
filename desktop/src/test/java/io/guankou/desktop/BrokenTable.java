package io.guankou.desktop;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A repository that fails for real, and recovers: a table of the ledger file is renamed away (through a
 * second connection, as another program could), so every read of it fails, until {@link #close()} puts it
 * back. What the application's connection sees is what it would see on a damaged or locked file.
 */
public final class BrokenTable implements AutoCloseable {

    private final Path file;
    private final String table;
    private boolean hidden;

    private BrokenTable(Path file, String table) {
        this.file = file;
        this.table = table;
    }

    public static BrokenTable hide(Path file, String table) {
        BrokenTable b = new BrokenTable(file, table);
        b.rename(table, table + "_away");
        b.hidden = true;
        return b;
    }

    private void rename(String from, String to) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + from + " RENAME TO " + to);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot rename " + from, e);
        }
    }

    /** Puts the table back: the next read succeeds. */
    @Override
    public void close() {
        if (hidden) {
            hidden = false;
            rename(table + "_away", table);
        }
    }
}
