package io.guankou.model.exchange.container;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.guankou.model.codec.StrictJson;
import io.guankou.model.codec.StrictJson.Malformed;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.crypto.ScryptParams;
import io.guankou.model.exchange.crypto.Sm2;
import io.guankou.model.exchange.crypto.Sm4Gcm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The manifest as JSON (docs/package-format.md, "Manifest"): written with its fields in the documented order,
 * read strictly. Reading checks the format version first (a newer one is {@link Reason#NEWER_FORMAT}), then the
 * suite ({@link Reason#UNKNOWN_SUITE}); anything else out of place, an unknown field included, is
 * {@link Reason#BAD_MANIFEST}.
 */
final class ManifestCodec {

    static final int SM2_WRAPPED_BYTES = Sm2.ENCRYPTION_OVERHEAD + Format.PACKAGE_KEY_BYTES;
    static final int PASSPHRASE_WRAPPED_BYTES = Sm4Gcm.NONCE_BYTES + Format.PACKAGE_KEY_BYTES + Sm4Gcm.TAG_BYTES;

    private static final Set<String> TOP = Set.of("format", "suite", "packageId", "kind", "sender", "senderLedgerId",
            "township", "createdAt", "sequence", "buildsOn", "acknowledges", "recipients", "payload", "entries");
    private static final Set<String> PARTY = Set.of("role", "code", "name");
    private static final Set<String> SM2_STANZA = Set.of("type", "fingerprint", "wrappedKey");
    private static final Set<String> PASSPHRASE_STANZA = Set.of("type", "kdf", "wrappedKey");
    private static final Set<String> KDF = Set.of("name", "logN", "r", "p", "salt");
    private static final Set<String> PAYLOAD = Set.of("compression", "chunkSize", "chunks", "compressedBytes", "bytes");
    private static final Set<String> ENTRY = Set.of("name", "columns", "rows", "bytes", "sm3");

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-F]{4}( [0-9A-F]{4}){9}");
    private static final Pattern SM3_HEX = Pattern.compile("[0-9a-f]{64}");

    private ManifestCodec() {
    }

    static byte[] encode(Manifest m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = StrictJson.generator(out)) {
            PackageHeader h = m.header();
            json.writeStartObject();
            json.writeNumberField("format", m.format());
            json.writeStringField("suite", m.suite());
            json.writeStringField("packageId", h.packageId().toString());
            json.writeStringField("kind", h.kind().name());
            party(json, "sender", h.sender());
            json.writeStringField("senderLedgerId", h.senderLedgerId().toString());
            party(json, "township", h.township());
            json.writeStringField("createdAt", h.createdAt().toString());
            json.writeNumberField("sequence", h.sequence());
            nullableNumber(json, "buildsOn", h.buildsOn());
            nullableNumber(json, "acknowledges", h.acknowledges());
            json.writeArrayFieldStart("recipients");
            for (RecipientStanza r : m.recipients()) {
                stanza(json, r);
            }
            json.writeEndArray();
            PayloadInfo p = m.payload();
            json.writeObjectFieldStart("payload");
            json.writeStringField("compression", p.compression());
            json.writeNumberField("chunkSize", p.chunkSize());
            json.writeNumberField("chunks", p.chunks());
            json.writeNumberField("compressedBytes", p.compressedBytes());
            json.writeNumberField("bytes", p.bytes());
            json.writeEndObject();
            json.writeArrayFieldStart("entries");
            for (EntryInfo e : m.entries()) {
                json.writeStartObject();
                json.writeStringField("name", e.name());
                json.writeArrayFieldStart("columns");
                for (String c : e.columns()) {
                    json.writeString(c);
                }
                json.writeEndArray();
                json.writeNumberField("rows", e.rows());
                json.writeNumberField("bytes", e.bytes());
                json.writeStringField("sm3", e.sm3());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        }
        return out.toByteArray();
    }

    private static void party(JsonGenerator json, String field, Party party) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("role", party.role().name());
        json.writeStringField("code", party.code());
        json.writeStringField("name", party.name());
        json.writeEndObject();
    }

    private static void nullableNumber(JsonGenerator json, String field, Long value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private static void stanza(JsonGenerator json, RecipientStanza r) throws IOException {
        json.writeStartObject();
        if (r instanceof RecipientStanza.Key) {
            RecipientStanza.Key k = (RecipientStanza.Key) r;
            json.writeStringField("type", "SM2");
            json.writeStringField("fingerprint", k.fingerprint());
        } else {
            RecipientStanza.Passphrase p = (RecipientStanza.Passphrase) r;
            json.writeStringField("type", "PASSPHRASE");
            json.writeObjectFieldStart("kdf");
            json.writeStringField("name", "scrypt");
            json.writeNumberField("logN", p.kdf().logN());
            json.writeNumberField("r", p.kdf().r());
            json.writeNumberField("p", p.kdf().p());
            json.writeStringField("salt", Base64.getEncoder().encodeToString(p.salt()));
            json.writeEndObject();
        }
        json.writeStringField("wrappedKey", Base64.getEncoder().encodeToString(r.wrappedKey()));
        json.writeEndObject();
    }

    /** The manifest in {@code bytes}, checked field by field (not yet against the file's layout). */
    static Manifest decode(byte[] bytes) throws PackageRefused {
        try {
            ObjectNode root = StrictJson.parseObject(bytes);
            long format = StrictJson.integer(root, "format");
            if (format > Format.VERSION) {
                throw new PackageRefused(Reason.NEWER_FORMAT, "manifest format " + format);
            }
            if (format != Format.VERSION) {
                throw bad("format " + format);
            }
            String suite = StrictJson.text(root, "suite");
            if (!Format.SUITE.equals(suite)) {
                throw new PackageRefused(Reason.UNKNOWN_SUITE, "suite '" + shown(suite) + "'");
            }
            StrictJson.onlyFields(root, "manifest", TOP);
            PackageHeader header = header(root);
            List<RecipientStanza> recipients = recipients(StrictJson.array(root, "recipients"));
            PayloadInfo payload = payload(StrictJson.object(root, "payload"));
            List<EntryInfo> entries = entries(StrictJson.array(root, "entries"));
            return new Manifest((int) format, suite, header, recipients, payload, entries);
        } catch (Malformed e) {
            throw new PackageRefused(Reason.BAD_MANIFEST, e.getMessage(), e);
        }
    }

    private static PackageHeader header(ObjectNode root) throws Malformed, PackageRefused {
        UUID packageId = uuid(root, "packageId");
        String kindText = StrictJson.text(root, "kind");
        PackageKind kind;
        try {
            kind = PackageKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw bad("unknown kind");
        }
        Party sender = party(StrictJson.object(root, "sender"), "sender");
        UUID senderLedgerId = uuid(root, "senderLedgerId");
        Party township = party(StrictJson.object(root, "township"), "township");
        Instant createdAt;
        try {
            createdAt = Instant.parse(StrictJson.text(root, "createdAt"));
        } catch (DateTimeParseException e) {
            throw bad("createdAt is not an ISO-8601 instant");
        }
        long sequence = StrictJson.integer(root, "sequence");
        Long buildsOn = StrictJson.nullableInteger(root, "buildsOn");
        Long acknowledges = StrictJson.nullableInteger(root, "acknowledges");
        if (acknowledges != null && acknowledges < 1) {
            throw bad("acknowledges a sequence below 1");
        }
        if (buildsOn != null && buildsOn < 1) {
            throw bad("builds on a sequence below 1");
        }
        try {
            return new PackageHeader(packageId, kind, sender, senderLedgerId, township, createdAt, sequence, buildsOn,
                    acknowledges);
        } catch (IllegalArgumentException e) {
            throw bad("header: " + e.getMessage());
        }
    }

    private static Party party(ObjectNode node, String what) throws Malformed, PackageRefused {
        StrictJson.onlyFields(node, what, PARTY);
        PartyRole role;
        try {
            role = PartyRole.valueOf(StrictJson.text(node, "role"));
        } catch (IllegalArgumentException e) {
            throw bad(what + ": unknown role");
        }
        String code = StrictJson.text(node, "code");
        if (!code.matches("[0-9]{1,12}")) {
            throw bad(what + ": the code is not digits");
        }
        return new Party(role, code, StrictJson.text(node, "name"));
    }

    private static UUID uuid(ObjectNode node, String field) throws Malformed, PackageRefused {
        String text = StrictJson.text(node, field);
        if (!UUID_TEXT.matcher(text).matches()) {
            throw bad(field + " is not a UUID in lower-case hex");
        }
        return UUID.fromString(text);
    }

    private static List<RecipientStanza> recipients(ArrayNode array) throws Malformed, PackageRefused {
        if (array.isEmpty()) {
            throw bad("no recipients");
        }
        List<RecipientStanza> stanzas = new ArrayList<>();
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw bad("a recipient is not an object");
            }
            ObjectNode node = (ObjectNode) item;
            String type = StrictJson.text(node, "type");
            if ("SM2".equals(type)) {
                StrictJson.onlyFields(node, "recipient", SM2_STANZA);
                String fingerprint = StrictJson.text(node, "fingerprint");
                if (!FINGERPRINT.matcher(fingerprint).matches()) {
                    throw bad("a recipient fingerprint is not 10 groups of 4 upper-case hex digits");
                }
                if (!fingerprints.add(fingerprint)) {
                    throw bad("a recipient named twice");
                }
                byte[] wrapped = StrictJson.base64(node, "wrappedKey");
                if (wrapped.length != SM2_WRAPPED_BYTES) {
                    throw bad("an SM2 wrapped key of " + wrapped.length + " bytes");
                }
                stanzas.add(new RecipientStanza.Key(fingerprint, wrapped));
            } else if ("PASSPHRASE".equals(type)) {
                StrictJson.onlyFields(node, "recipient", PASSPHRASE_STANZA);
                ObjectNode kdf = StrictJson.object(node, "kdf");
                StrictJson.onlyFields(kdf, "kdf", KDF);
                if (!"scrypt".equals(StrictJson.text(kdf, "name"))) {
                    throw bad("an unknown key derivation");
                }
                long logN = StrictJson.integer(kdf, "logN");
                long r = StrictJson.integer(kdf, "r");
                long p = StrictJson.integer(kdf, "p");
                if (!ScryptParams.isWithinLimits(logN, r, p)) {
                    throw bad("scrypt cost out of range");
                }
                byte[] salt = StrictJson.base64(kdf, "salt");
                if (salt.length != ScryptParams.SALT_BYTES) {
                    throw bad("a salt of " + salt.length + " bytes");
                }
                byte[] wrapped = StrictJson.base64(node, "wrappedKey");
                if (wrapped.length != PASSPHRASE_WRAPPED_BYTES) {
                    throw bad("a passphrase-wrapped key of " + wrapped.length + " bytes");
                }
                stanzas.add(new RecipientStanza.Passphrase(new ScryptParams((int) logN, (int) r, (int) p), salt,
                        wrapped));
            } else {
                throw bad("an unknown recipient type");
            }
        }
        boolean passphrase = stanzas.get(0) instanceof RecipientStanza.Passphrase;
        if (passphrase && stanzas.size() > 1) {
            throw bad("a passphrase package has one recipient");
        }
        if (!passphrase && stanzas.stream().anyMatch(s -> s instanceof RecipientStanza.Passphrase)) {
            throw bad("keys and a passphrase mixed");
        }
        return stanzas;
    }

    private static PayloadInfo payload(ObjectNode node) throws Malformed, PackageRefused {
        StrictJson.onlyFields(node, "payload", PAYLOAD);
        String compression = StrictJson.text(node, "compression");
        if (!Format.COMPRESSION.equals(compression)) {
            throw bad("unknown compression");
        }
        long chunkSize = StrictJson.integer(node, "chunkSize");
        if (chunkSize != Format.CHUNK_SIZE) {
            throw bad("a chunk size other than 65536");
        }
        long chunks = StrictJson.integer(node, "chunks");
        long compressed = StrictJson.integer(node, "compressedBytes");
        long bytes = StrictJson.integer(node, "bytes");
        if (compressed < 0 || compressed > (1L << 50)) {
            throw bad("compressedBytes out of range");
        }
        if (chunks != Format.chunksFor(compressed)) {
            throw bad("chunks does not follow from compressedBytes");
        }
        if (bytes != compressed + chunks * Sm4Gcm.TAG_BYTES) {
            throw bad("bytes is not compressedBytes plus 16 per chunk");
        }
        return new PayloadInfo(compression, (int) chunkSize, chunks, compressed, bytes);
    }

    private static List<EntryInfo> entries(ArrayNode array) throws Malformed, PackageRefused {
        List<EntryInfo> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw bad("an entry is not an object");
            }
            ObjectNode node = (ObjectNode) item;
            StrictJson.onlyFields(node, "entry", ENTRY);
            String name = StrictJson.text(node, "name");
            if (name.isEmpty() || !names.add(name)) {
                throw bad("an entry name empty or used twice");
            }
            ArrayNode columnArray = StrictJson.array(node, "columns");
            List<String> columns = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode c : columnArray) {
                String column = StrictJson.text(c, "columns");
                if (column.isEmpty() || !seen.add(column)) {
                    throw bad("entry " + entries.size() + ": a column name empty or used twice");
                }
                columns.add(column);
            }
            if (columns.isEmpty()) {
                throw bad("entry " + entries.size() + " has no columns");
            }
            long rows = StrictJson.integer(node, "rows");
            long bytes = StrictJson.integer(node, "bytes");
            if (rows < 0 || bytes < 0 || bytes > (1L << 50) || (rows > 0 && bytes < rows) || (rows == 0 && bytes != 0)) {
                throw bad("entry " + entries.size() + ": rows and bytes out of range");
            }
            String sm3 = StrictJson.text(node, "sm3");
            if (!SM3_HEX.matcher(sm3).matches()) {
                throw bad("entry " + entries.size() + ": sm3 is not 64 lower-case hex digits");
            }
            entries.add(new EntryInfo(name, columns, rows, bytes, sm3));
        }
        return entries;
    }

    private static PackageRefused bad(String detail) {
        return new PackageRefused(Reason.BAD_MANIFEST, detail);
    }

    private static String shown(String text) {
        String cut = text.length() > 16 ? text.substring(0, 16) + "…" : text;
        return cut.replaceAll("[^\\x20-\\x7E…]", "?");
    }
}
