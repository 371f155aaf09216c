package io.guankou.persistence.bench;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.container.PackageWriter;
import io.guankou.model.exchange.container.Recipient;
import io.guankou.model.exchange.container.VerifiedPackage;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.model.exchange.keys.PublicKeys;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import io.guankou.persistence.exchange.ExchangeTable;
import io.guankou.persistence.exchange.ExchangeTables;
import io.guankou.persistence.exchange.ImportRequest;
import io.guankou.persistence.exchange.PackageTextFile;
import io.guankou.persistence.exchange.ReceivingDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sqlite.SQLiteConfig;

/**
 * A township of 100,000 persons with 1,000,000 contacts (the demo township, its four weeks of contacts topped up
 * with older ones), as a first full package file (signed with a township's keys, encrypted for a county's) and as
 * one CSV file per table in the stored form (local ids) for the sqlite3 tool. Guankou's side imports into a new
 * file, as {@code guankou import} does; the sqlite3 tool into a fresh copy of the same database made empty
 * beforehand (migrated, county identity, no rows). The township is built once and kept in
 * {@code target/bench/package-import/}; the package and keys are made again for each trial.
 */
@State(Scope.Benchmark)
public class PackageImportState {

    static final int PERSONS = 100_000;
    static final int CONTACTS = 1_000_000;
    static final LocalDate TODAY = LocalDate.of(2023, 1, 5);
    static final UUID TOWNSHIP_LEDGER = UUID.fromString("01857f2c-0000-7000-8000-000000000001");
    static final UUID COUNTY_LEDGER = UUID.fromString("01857f2c-0000-7000-8000-000000000002");

    Path dir;
    Path source;
    Path packageFile;
    Path template;
    Path csvDir;
    List<String> tables;
    PackageHeader header;
    /** The county's keys, for which the package is encrypted (the township's sign it). */
    LedgerKeys countyKeys;
    Sqlite3Tool sqlite3;
    long rows;

    /** The files of one invocation: Guankou's new database, the sqlite3 tool's fresh copy. */
    Path guankouDb;
    Path sqliteDb;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        sqlite3 = Sqlite3Tool.find();
        dir = Path.of("target", "bench", "package-import").toAbsolutePath();
        Files.createDirectories(dir);
        source = dir.resolve("township-" + PERSONS + "-" + CONTACTS + ".db");
        if (!Files.exists(source) || count(source, "contact") != CONTACTS) {
            Path scratch = dir.resolve("township.writing.db");
            DemoTownshipWriter.write(scratch, new DemoOptions(PERSONS, DemoOptions.DEFAULT_SEED, TODAY));
            topUpContacts(scratch);
            Files.move(scratch, source, StandardCopyOption.REPLACE_EXISTING);
        }
        String townshipCode;
        String townshipName;
        try (Database township = Database.openExisting(source)) {
            townshipCode = township.<String>read(dsl -> dsl.fetchOne("SELECT code FROM township").get(0, String.class));
            townshipName = township.<String>read(dsl -> dsl.fetchOne("SELECT name FROM township").get(0, String.class));
            Party party = new Party(PartyRole.TOWNSHIP, townshipCode, townshipName);
            header = new PackageHeader(UUID.fromString("01857f2c-0000-7000-8000-0000000000aa"), PackageKind.FULL,
                    party, TOWNSHIP_LEDGER, party, Instant.parse("2023-01-05T10:00:00Z"), 1, null, null);
            SecureRandom random = new SecureRandom();
            LedgerKeys townshipKeys = LedgerKeys.generate(random);
            countyKeys = LedgerKeys.generate(random);
            packageFile = dir.resolve("township.gkpkg");
            try (PackageWriter writer = PackageWriter.create(packageFile, header, townshipKeys,
                    List.of(Recipient.key(countyKeys.publicKeys())), random)) {
                PackageTextFile.write(township, writer);
                writer.finish();
            }
        }
        template = dir.resolve("receiving-template.db");
        Files.deleteIfExists(template);
        try (Database empty = Database.open(template)) {
            ReceivingDatabase.prepare(empty, header, COUNTY_LEDGER);
        }
        csvDir = dir.resolve("csv");
        Files.createDirectories(csvDir);
        tables = new ArrayList<>();
        rows = 0;
        for (ExchangeTable t : ExchangeTables.ALL) {
            tables.add(t.name());
            rows += count(source, t.name());
        }
        writeCsv();
    }

    /** Guankou's side makes its database (a new file) itself; the sqlite3 tool gets a copy of the migrated one. */
    @Setup(Level.Invocation)
    public void freshCopies() throws IOException {
        guankouDb = dir.resolve("guankou.db");
        sqliteDb = dir.resolve("sqlite3.db");
        for (Path p : new Path[] {guankouDb, sqliteDb}) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(p.resolveSibling(p.getFileName() + suffix));
            }
        }
        Files.copy(template, sqliteDb);
    }

    /** What the desktop passes for a verified package from a sender the user confirmed (PackageExchange). */
    ImportRequest request(VerifiedPackage pkg) throws IOException {
        PublicKeys signer = pkg.signer();
        return new ImportRequest(pkg.header(), pkg.signerFingerprint(),
                Base64.getEncoder().encodeToString(signer.signing()),
                Base64.getEncoder().encodeToString(signer.encryption()), Optional.of(pkg.signerFingerprint()), "bench",
                Optional.of(pkg.file().getFileName().toString()), Files.size(pkg.file()));
    }

    /** The sqlite3 tool's script: the same tables, in one transaction, with the change-mark triggers off as ours are. */
    String importScript() {
        StringBuilder s = new StringBuilder(".bail on\nBEGIN;\nUPDATE exchange_clock SET applying = 1;\n");
        for (String t : tables) {
            s.append(".import --csv '").append(csvDir.resolve(t + ".csv")).append("' ").append(t).append('\n');
        }
        s.append("UPDATE exchange_clock SET applying = 0;\nCOMMIT;\n");
        s.append("SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM contact);\n");
        return s.toString();
    }

    private void writeCsv() throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder(".bail on\n.mode csv\n.headers off\n");
        for (String t : tables) {
            script.append(".once '").append(csvDir.resolve(t + ".csv")).append("'\nSELECT * FROM ").append(t)
                    .append(" ORDER BY id;\n");
        }
        Process p = new ProcessBuilder(sqlite3.command(), source.toString()).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(script.toString().getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 could not write the CSV files: " + out);
        }
    }

    private static long count(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(file));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Older contacts (reached nine times in ten) of random persons until the table holds {@link #CONTACTS}. */
    private static void topUpContacts(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setCacheSize(-512 * 1024);
        try (Connection c = DriverManager.getConnection(Database.url(file), config.toProperties())) {
            long firstId;
            int existing;
            String township;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0), count(*),"
                         + " (SELECT code FROM township LIMIT 1) FROM contact")) {
                rs.next();
                firstId = rs.getLong(1) + 1;
                existing = rs.getInt(2);
                township = rs.getString(3);
            }
            if (existing > CONTACTS) {
                throw new IllegalStateException("the demo has " + existing + " contacts, more than " + CONTACTS);
            }
            c.setAutoCommit(false);
            Random random = new Random(DemoOptions.DEFAULT_SEED ^ 0x5EED);
            String updatedAt = SqlText.instant(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
            long uuidTime = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 400L * 86_400_000L;
            String[] modes = {"PHONE", "PHONE", "WECHAT", "HOME_VISIT"};
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE exchange_clock SET applying = 1");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (id, global_id, township_code,"
                    + " updated_at, revision, deleted, person_id, at, made_by, mode, reached) VALUES"
                    + " (?, ?, ?, ?, 1, 0, ?, ?, 'bench', ?, ?)")) {
                long id = firstId;
                for (int i = existing; i < CONTACTS; i++) {
                    long msb = ((uuidTime + id) << 16) | 0x7000L | (random.nextInt() & 0x0FFF);
                    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
                    ps.setLong(1, id++);
                    ps.setString(2, new UUID(msb, lsb).toString());
                    ps.setString(3, township);
                    ps.setString(4, updatedAt);
                    ps.setLong(5, 1 + random.nextInt(PERSONS));
                    ps.setString(6, SqlText.dateTime(TODAY.minusDays(29 + random.nextInt(300)).atTime(8, 0)
                            .plusSeconds(random.nextInt(10 * 3600))));
                    ps.setString(7, modes[random.nextInt(modes.length)]);
                    ps.setBoolean(8, random.nextInt(10) != 0);
                    ps.addBatch();
                    if (i % 10_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE exchange_clock SET applying = 0");
            }
            c.commit();
        }
    }
}
