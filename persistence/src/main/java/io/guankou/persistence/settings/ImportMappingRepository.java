package io.guankou.persistence.settings;

import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.ColumnMappingCodec;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The column mapping the office last confirmed for a sheet layout, keyed by the header signature
 * ({@link ColumnMapping#signature}), so next month's file with the same headers maps itself. The key holds a
 * hash of the signature: header texts may name the village and are not needed to find the row.
 */
public final class ImportMappingRepository {

    static final String KEY_PREFIX = "import.mapping.";
    private static final Logger LOG = LoggerFactory.getLogger(ImportMappingRepository.class);

    private final SettingStore store;

    public ImportMappingRepository(Database db, Clock clock) {
        this.store = new SettingStore(db, clock);
    }

    /** The remembered mapping; one that cannot be read any more is as good as none (the user maps again). */
    public Optional<ColumnMapping> find(String signature) {
        try {
            return store.load(key(signature), ColumnMappingCodec::decode);
        } catch (DatabaseException e) {
            if (e.reason() != DatabaseException.Reason.CORRUPT_RULES) {
                throw e;
            }
            LOG.warn("A remembered column mapping cannot be read; ignoring it");
            return Optional.empty();
        }
    }

    public void remember(String signature, ColumnMapping mapping, String user) {
        store.save(key(signature), ColumnMappingCodec.encode(Objects.requireNonNull(mapping, "mapping")), user);
    }

    static String key(String signature) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(signature.getBytes(StandardCharsets.UTF_8));
            return KEY_PREFIX + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
