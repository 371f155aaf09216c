package io.guankou.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.sqlite.SQLiteConfig;

/**
 * Whether a ledger is already at the schema of the migration scripts this build carries, found without Flyway.
 * Flyway's own check (its start, a scan of the classpath, the history validated) took about half a second of the
 * window's start on every opening, where nothing is to be done but once per upgrade.
 *
 * <p>A file is up to date when its {@code flyway_schema_history} holds exactly this build's scripts, one row each,
 * every one applied successfully and with the checksum the script has now (Flyway's: CRC-32 over the UTF-8 bytes of
 * each line). Anything else is left to Flyway, which migrates, refuses or reports as it always did: a script not
 * applied yet (the backup before migrating is made there), a failed or unknown row, a version from a newer Guankou,
 * a script changed since it was applied, a classpath folder this class cannot list.
 */
final class SchemaCheck {

    /** Flyway's default location, and the one {@link Database} configures. */
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__[^/]*\\.sql");
    private static final int BUSY_TIMEOUT_MS = 10_000;

    /** The scripts by version, checksum as Flyway computes it; read once (they are inside the build). */
    private static volatile Optional<Map<String, Integer>> scripts;

    private SchemaCheck() {
    }

    /**
     * True when {@code file}, an existing SQLite file, is at this build's newest schema with nothing pending and
     * nothing changed; false whenever Flyway has to look (including when it cannot be told). Reads only.
     */
    static boolean upToDate(Path file) {
        Optional<Map<String, Integer>> expected = scripts();
        if (expected.isEmpty() || expected.get().isEmpty() || !Files.isRegularFile(file)) {
            return false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection c = DriverManager.getConnection(Database.url(file), config.toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, checksum, success, type FROM flyway_schema_history")) {
            Map<String, Integer> applied = new HashMap<>();
            while (rs.next()) {
                String version = rs.getString(1);
                int checksum = rs.getInt(2);
                boolean checksumNull = rs.wasNull();
                if (version == null || checksumNull || rs.getInt(3) != 1 || !"SQL".equals(rs.getString(4))
                        || applied.put(version, checksum) != null) {
                    return false;
                }
            }
            return applied.equals(expected.get());
        } catch (SQLException e) {
            // no history table, a locked or damaged file: Flyway says what it is
            return false;
        }
    }

    /** This build's versioned scripts and their checksums; empty when the folder cannot be listed plainly. */
    static Optional<Map<String, Integer>> scripts() {
        Optional<Map<String, Integer>> known = scripts;
        if (known == null) {
            known = readScripts();
            scripts = known;
        }
        return known;
    }

    private static Optional<Map<String, Integer>> readScripts() {
        ClassLoader loader = SchemaCheck.class.getClassLoader();
        try {
            List<String> names = new ArrayList<>();
            Enumeration<URL> roots = loader.getResources(LOCATION);
            while (roots.hasMoreElements()) {
                if (!list(roots.nextElement(), names)) {
                    return Optional.empty();
                }
            }
            Map<String, Integer> byVersion = new HashMap<>();
            for (String name : names) {
                Matcher m = VERSIONED.matcher(name);
                // a repeatable or Java migration, or anything Flyway might read: its own scan decides
                if (!m.matches()) {
                    return Optional.empty();
                }
                String version = m.group(1).replace('_', '.');
                try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + name)) {
                    if (in == null || byVersion.put(version, checksum(in)) != null) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(Map.copyOf(byVersion));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Adds the names of the files directly in the folder {@code root}; false for a kind of URL not known here. */
    private static boolean list(URL root, List<String> names) throws IOException, URISyntaxException {
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
            }
            return true;
        }
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return false;
        }
        String prefix = jar.getEntryName() + (jar.getEntryName().endsWith("/") ? "" : "/");
        Enumeration<JarEntry> entries = jar.getJarFile().entries();
        while (entries.hasMoreElements()) {
            String entry = entries.nextElement().getName();
            if (entry.startsWith(prefix) && entry.length() > prefix.length()
                    && entry.indexOf('/', prefix.length()) < 0) {
                names.add(entry.substring(prefix.length()));
            }
        }
        return true;
    }

    /** Flyway's checksum of a script: CRC-32 over the UTF-8 bytes of each line, without line breaks or BOM. */
    static int checksum(InputStream script) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8), 4096);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
            crc.update(text.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
