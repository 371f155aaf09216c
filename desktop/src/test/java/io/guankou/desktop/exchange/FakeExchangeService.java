package io.guankou.desktop.exchange;

import io.guankou.persistence.exchange.TableCounts;
import io.guankou.model.exchange.merge.ConflictKind;
import io.guankou.model.exchange.merge.ConflictChoice;

import io.guankou.desktop.TestClocks;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * The exchange façade in memory, for the view's tests: the demo township (平安镇) that knows the county office (which has
 * acknowledged one of its packages) and a neighbouring township (which has not), packages by file name, open
 * conflicts and a log. Export writes a small file for real; each call can be made to fail once with
 * {@link #failNext}. Records what it was asked.
 */
final class FakeExchangeService implements ExchangeService {

    static final Party SELF = new Party(PartyRole.TOWNSHIP, "500235124", "平安镇(演示)");
    static final Party COUNTY = new Party(PartyRole.COUNTY, "500235", "云阳县卫健委");
    static final Party NEIGHBOUR = new Party(PartyRole.TOWNSHIP, "500235125", "双江镇");
    static final UUID SELF_ID = UUID.fromString("0190f2a0-0000-7000-8000-000000000001");
    static final UUID COUNTY_ID = UUID.fromString("0190f2a0-0000-7000-8000-000000000002");
    static final UUID NEIGHBOUR_ID = UUID.fromString("0190f2a0-0000-7000-8000-000000000003");
    static final UUID STRANGER_ID = UUID.fromString("0190f2a0-0000-7000-8000-000000000004");
    static final String OWN_FINGERPRINT = "3F2A 9C01 77B4 E0D2 5A19 C3F8 0B6E 4D27 91AA 6C05";
    static final String COUNTY_FINGERPRINT = "A1B2 C3D4 E5F6 0718 293A 4B5C 6D7E 8F90 1234 5678";
    static final String NEIGHBOUR_FINGERPRINT = "0F1E 2D3C 4B5A 6978 8796 A5B4 C3D2 E1F0 0011 2233";
    static final String STRANGER_FINGERPRINT = "9A8B 7C6D 5E4F 3021 1F2E 3D4C 5B6A 7988 97A6 B5C4";
    static final long LEDGER_ROWS = 1200;

    /** A package the fake knows, by its file name: what verify says, what it is locked with, what it does. */
    record FakePackage(PackageInfo info, String passphrase, ImportPreviewResult preview, ImportApplied applied) {
    }

    ExchangeOverview overview = new ExchangeOverview(OWN_FINGERPRINT, SELF, List.of(
            new KnownPeer(COUNTY_ID, COUNTY, COUNTY_FINGERPRINT, true, Optional.of(2L), Optional.of(5L)),
            new KnownPeer(NEIGHBOUR_ID, NEIGHBOUR, NEIGHBOUR_FINGERPRINT, false, Optional.empty(), Optional.empty())),
            false, LEDGER_ROWS);
    List<Path> drives = new ArrayList<>();
    final Map<String, PublicKeyInfo> keyFiles = new HashMap<>();
    final Map<String, FakePackage> packages = new HashMap<>();
    final List<ConflictRow> conflicts = new ArrayList<>();
    final List<LoggedPackageRow> log = new ArrayList<>();
    final Map<Long, ConflictChoice> resolved = new LinkedHashMap<>();
    /** Export reports progress every this many rows. */
    long progressStep = 100;
    /** When set, the own key needs it (and the overview says it is protected). */
    String keyPassphrase;

    private final Map<String, Exception> failures = new HashMap<>();
    ExportChoice lastExport;
    Path lastFolder;
    Unlock lastUnlock;
    String lastUnlockText;
    Optional<String> lastConfirmed;
    int applyCalls;
    private long nextSequence = 3;

    FakeExchangeService() {
        keyFiles.put("county-keys.txt", new PublicKeyInfo(COUNTY_ID, Optional.of(COUNTY), COUNTY_FINGERPRINT));
        keyFiles.put("stranger-keys.txt", new PublicKeyInfo(STRANGER_ID,
                Optional.of(new Party(PartyRole.COUNTY, "500235", "云阳县疾控中心")), STRANGER_FINGERPRINT));
        log.add(new LoggedPackageRow(PackageDirection.RECEIVED, COUNTY, PackageKind.DELTA, 5,
                TestClocks.INSTANT.minus(Duration.ofDays(3)), TestClocks.INSTANT.minus(Duration.ofDays(2)), 42, 3, 37,
                2, "500235-to-500235124-0005-delta.gkpkg"));
        log.add(new LoggedPackageRow(PackageDirection.SENT, COUNTY, PackageKind.FULL, 2,
                TestClocks.INSTANT.minus(Duration.ofDays(7)), TestClocks.INSTANT.minus(Duration.ofDays(7)), 1180, 0, 0,
                0, "500235124-to-500235-0002-full.gkpkg"));
    }

    /** The next call of {@code method} throws {@code e}. */
    void failNext(String method, Exception e) {
        failures.put(method, e);
    }

    private void maybeFail(String method) throws IOException, PackageRefused, ExchangeKeyException {
        Exception e = failures.remove(method);
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof PackageRefused r) {
            throw r;
        }
        if (e instanceof ExchangeKeyException k) {
            throw k;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
    }

    private void maybeFailUnchecked(String method) {
        Exception e = failures.remove(method);
        if (e instanceof RuntimeException r) {
            throw r;
        }
    }

    void protectKey(String passphrase) {
        keyPassphrase = passphrase;
        overview = new ExchangeOverview(overview.ownFingerprint(), overview.self(), overview.peers(), true,
                overview.exchangedRows());
    }

    private void checkOwnKey(Unlock.OwnKey key) throws ExchangeKeyException {
        if (keyPassphrase != null && (key.keyPassphrase() == null
                || !keyPassphrase.equals(new String(key.keyPassphrase())))) {
            throw new ExchangeKeyException(ExchangeKeyException.Reason.WRONG_KEY_PASSPHRASE, "fake");
        }
    }

    @Override
    public ExchangeOverview overview() throws IOException, ExchangeKeyException {
        try {
            maybeFail("overview");
        } catch (PackageRefused e) {
            throw new AssertionError(e);
        }
        return overview;
    }

    @Override
    public List<Path> removableDrives() {
        maybeFailUnchecked("removableDrives");
        return List.copyOf(drives);
    }

    @Override
    public PublicKeyInfo readPublicKeys(Path file) throws IOException, ExchangeKeyException {
        try {
            maybeFail("readPublicKeys");
        } catch (PackageRefused e) {
            throw new AssertionError(e);
        }
        PublicKeyInfo info = keyFiles.get(file.getFileName().toString());
        if (info == null) {
            throw new ExchangeKeyException(ExchangeKeyException.Reason.NOT_A_KEY_FILE, "fake");
        }
        return info;
    }

    @Override
    public ExportDone export(ExportChoice choice, Path folder, LongConsumer progress)
            throws IOException, PackageRefused, ExchangeKeyException {
        lastExport = choice;
        lastFolder = folder;
        lastUnlockText = choice.recipient() instanceof Recipient.Passphrase p ? new String(p.passphrase()) : null;
        checkOwnKey(choice.signingKey());
        long rows = choice.kind() == PackageKind.FULL ? LEDGER_ROWS : 57;
        for (long done = progressStep; done <= rows; done += progressStep) {
            progress.accept(done);
        }
        maybeFail("export");
        long sequence = nextSequence++;
        String to = choice.recipient() instanceof Recipient.Peer peer
                ? overview.peer(peer.ledgerId()).map(p -> p.party().code()).orElse("x") : "passphrase";
        Path file = folder.resolve(String.format("500235124-to-%s-%04d-%s.gkpkg", to, sequence,
                choice.kind() == PackageKind.FULL ? "full" : "delta"));
        byte[] bytes = ("GKPKG fake " + rows).getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        String fingerprint = choice.recipient() instanceof Recipient.Peer peer
                ? overview.peer(peer.ledgerId()).orElseThrow().fingerprint()
                : choice.recipient() instanceof Recipient.KeyFile k
                ? keyFiles.get(k.file().getFileName().toString()).fingerprint() : "";
        log.add(0, new LoggedPackageRow(PackageDirection.SENT, COUNTY, choice.kind(), sequence, TestClocks.INSTANT,
                TestClocks.INSTANT, rows, 0, 0, 0, file.getFileName().toString()));
        return new ExportDone(file, 812_345, rows, sequence, fingerprint);
    }

    private FakePackage opened(Path file, Unlock unlock) throws PackageRefused, ExchangeKeyException {
        lastUnlock = unlock;
        FakePackage p = packages.get(file.getFileName().toString());
        if (p == null) {
            throw new PackageRefused(PackageRefused.Reason.NOT_A_PACKAGE, "fake: unknown file");
        }
        if (unlock instanceof Unlock.OwnKey key) {
            lastUnlockText = null;
            checkOwnKey(key);
            if (p.passphrase() != null) {
                throw new PackageRefused(PackageRefused.Reason.NOT_A_RECIPIENT, "fake: for a passphrase");
            }
        } else {
            String typed = new String(((Unlock.Passphrase) unlock).passphrase());
            lastUnlockText = typed;
            if (p.passphrase() == null) {
                throw new PackageRefused(PackageRefused.Reason.NOT_A_RECIPIENT, "fake: for a key");
            }
            if (!p.passphrase().equals(typed)) {
                throw new PackageRefused(PackageRefused.Reason.WRONG_PASSPHRASE, "fake");
            }
        }
        return p;
    }

    @Override
    public PackageInfo verify(Path file, Unlock unlock) throws IOException, PackageRefused, ExchangeKeyException {
        maybeFail("verify");
        return opened(file, unlock).info();
    }

    private void checkConfirmed(FakePackage p, Optional<String> confirmed) throws PackageRefused {
        lastConfirmed = confirmed;
        if (p.info().status() == SignerStatus.NEW_SENDER
                && !confirmed.equals(Optional.of(p.info().signerFingerprint()))) {
            throw new PackageRefused(PackageRefused.Reason.KEY_NOT_CONFIRMED, "fake");
        }
    }

    private static void same(FakePackage p, UUID packageId) throws PackageChanged {
        if (!p.info().header().packageId().equals(packageId)) {
            throw new PackageChanged();
        }
    }

    private static void read(FakePackage p, LongConsumer progress) {
        long rows = p.info().rows();
        for (long done = 10; done <= rows; done += 10) {
            progress.accept(done);
        }
    }

    @Override
    public ImportPreviewResult preview(Path file, UUID packageId, Unlock unlock, Optional<String> confirmedFingerprint,
                                       LongConsumer progress) throws IOException, PackageRefused,
            ExchangeKeyException, PackageChanged {
        FakePackage p = opened(file, unlock);
        same(p, packageId);
        checkConfirmed(p, confirmedFingerprint);
        read(p, progress);
        maybeFail("preview");
        return p.preview();
    }

    @Override
    public ImportApplied apply(Path file, UUID packageId, Unlock unlock, Optional<String> confirmedFingerprint,
                               LongConsumer progress)
            throws IOException, PackageRefused, ExchangeKeyException, PackageChanged {
        FakePackage p = opened(file, unlock);
        same(p, packageId);
        applyCalls++;
        checkConfirmed(p, confirmedFingerprint);
        read(p, progress);
        maybeFail("apply");
        if (p.applied().conflicts() > 0 && conflicts.isEmpty()) {
            addConflicts();
        }
        PackageHeader h = p.info().header();
        log.add(0, new LoggedPackageRow(PackageDirection.RECEIVED, h.sender(), h.kind(), h.sequence(), h.createdAt(),
                TestClocks.INSTANT, p.info().rows(), p.applied().added(), p.applied().updated(),
                p.applied().conflicts(), file.getFileName().toString()));
        return p.applied();
    }

    @Override
    public List<LoggedPackageRow> log() {
        maybeFailUnchecked("log");
        return List.copyOf(log);
    }

    @Override
    public List<ConflictRow> openConflicts() {
        maybeFailUnchecked("openConflicts");
        return List.copyOf(conflicts);
    }

    @Override
    public void resolve(long conflictId, ConflictChoice choice) {
        maybeFailUnchecked("resolve");
        resolved.put(conflictId, choice);
        conflicts.removeIf(c -> c.id() == conflictId);
    }

    // ---- ready-made packages

    static final Instant CREATED = Instant.parse("2026-11-19T09:30:00Z");

    static PackageInfo info(Party sender, UUID senderId, String fingerprint, SignerStatus status, long sequence,
                            Long buildsOn) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("village", 2L);
        rows.put("person", 40L);
        rows.put("contact", 120L);
        return new PackageInfo(new PackageHeader(UUID.fromString("0190f2a0-0000-7000-8000-0000000000a" + sequence),
                buildsOn == null ? PackageKind.FULL : PackageKind.DELTA, sender, senderId, SELF, CREATED, sequence,
                buildsOn, 2L), fingerprint, status, 48_213, rows);
    }

    static final List<TableCounts> TABLES = List.of(new TableCounts("village", 0, 1, 1, 0),
            new TableCounts("person", 3, 35, 0, 2), new TableCounts("contact", 120, 0, 0, 0));

    /**
     * The county's delta no. 7 (registered sender; no. 6 never arrived, a warning) building on its no. 5, which
     * this ledger applied, with two conflicts.
     */
    FakePackage countyDelta() {
        FakePackage p = new FakePackage(info(COUNTY, COUNTY_ID, COUNTY_FINGERPRINT, SignerStatus.REGISTERED, 7, 5L),
                null, new ImportPreviewResult(false, TABLES, List.of(new PreviewWarning(
                        PreviewWarning.Kind.SEQUENCE_SKIPPED, List.of(5L, 7L))), 2),
                new ImportApplied(false, TABLES, 2));
        packages.put("county-0007.gkpkg", p);
        return p;
    }

    static final List<TableCounts> FIRST_TABLES = List.of(new TableCounts("village", 0, 0, 2, 0),
            new TableCounts("person", 0, 12, 28, 0), new TableCounts("contact", 120, 0, 0, 0));

    /** The first package of a new sender (its key not registered yet), for a passphrase when one is given. */
    FakePackage strangerFull(String passphrase) {
        FakePackage p = new FakePackage(info(new Party(PartyRole.COUNTY, "500235", "云阳县疾控中心"), STRANGER_ID,
                STRANGER_FINGERPRINT, SignerStatus.NEW_SENDER, 1, null), passphrase,
                new ImportPreviewResult(false, FIRST_TABLES, List.of(), 0), new ImportApplied(false, FIRST_TABLES, 0));
        packages.put("stranger-0001.gkpkg", p);
        return p;
    }

    /** The county's delta no. 5, applied before. */
    FakePackage countyAgain() {
        FakePackage p = new FakePackage(info(COUNTY, COUNTY_ID, COUNTY_FINGERPRINT, SignerStatus.REGISTERED, 5, 4L),
                null, new ImportPreviewResult(true, List.of(), List.of(new PreviewWarning(
                        PreviewWarning.Kind.ALREADY_APPLIED, List.of(5L))), 0), new ImportApplied(true, List.of(), 0));
        packages.put("county-0005.gkpkg", p);
        return p;
    }

    /** Two open conflicts: a phone changed on both sides, and the same person entered twice. */
    void addConflicts() {
        conflicts.add(new ConflictRow(11, "person", "王秀英", "phone", ConflictKind.FIELD, "13912345678", "13987654321",
                "李医生", Instant.parse("2026-11-18T01:20:00Z"), "云阳县卫健委", Instant.parse("2026-11-18T06:05:00Z"),
                TestClocks.INSTANT));
        conflicts.add(new ConflictRow(12, "person", "张建国", "resident_id", ConflictKind.DUPLICATE_PERSON,
                "500235194508120317", "500235194508120317", "王主任", Instant.parse("2026-11-10T02:00:00Z"),
                "云阳县卫健委", Instant.parse("2026-11-17T03:00:00Z"), TestClocks.INSTANT));
    }
}
