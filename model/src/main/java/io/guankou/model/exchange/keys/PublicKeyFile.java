package io.guankou.model.exchange.keys;

import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.crypto.MalformedKeyException;
import io.guankou.model.exchange.keys.InvalidKeyFile.Reason;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The public key file ({@code public-keys.txt} of a key folder, and what {@code keys --export-public} writes):
 * UTF-8 text, one item a line, in this order (docs/package-format.md, "Public key file"):
 *
 * <pre>
 * guankou-public-keys 1
 * ledger &lt;uuid&gt;
 * party TOWNSHIP 320581101 &lt;name, may contain spaces&gt;     (optional)
 * signing &lt;base64 DER SubjectPublicKeyInfo&gt;
 * encryption &lt;base64 DER SubjectPublicKeyInfo&gt;
 * fingerprint &lt;10 groups of 4 hex digits&gt;
 * </pre>
 *
 * The party line is informative; the fingerprint line is checked against the keys on reading. Reading accepts CR
 * LF line ends, a byte order mark and blank lines at the end.
 */
public record PublicKeyFile(UUID ledgerId, Optional<Party> party, PublicKeys keys) {

    static final String FIRST_LINE = "guankou-public-keys";
    static final int VERSION = 1;
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CODE = Pattern.compile("[0-9]{1,12}");

    public PublicKeyFile {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(keys, "keys");
        party.ifPresent(p -> {
            if (!CODE.matcher(p.code()).matches()) {
                throw new IllegalArgumentException("a party code is digits");
            }
            if (p.name().indexOf('\n') >= 0 || p.name().indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a party name is one line");
            }
        });
    }

    /** The text of the file, each line ending in LF. */
    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder text = new StringBuilder(512);
        text.append(FIRST_LINE).append(' ').append(VERSION).append('\n');
        text.append("ledger ").append(ledgerId).append('\n');
        party.ifPresent(p -> {
            text.append("party ").append(p.role().name()).append(' ').append(p.code());
            if (!p.name().isEmpty()) {
                text.append(' ').append(p.name());
            }
            text.append('\n');
        });
        text.append("signing ").append(b64.encodeToString(keys.signing())).append('\n');
        text.append("encryption ").append(b64.encodeToString(keys.encryption())).append('\n');
        text.append("fingerprint ").append(keys.fingerprint()).append('\n');
        return text.toString();
    }

    /** Reads a public key file's text; the keys must be SM2 public keys and match the fingerprint line. */
    public static PublicKeyFile decode(String text) throws InvalidKeyFile {
        Objects.requireNonNull(text, "text");
        List<String> lines = lines(text);
        if (lines.isEmpty()) {
            throw new InvalidKeyFile(Reason.NOT_A_KEY_FILE, "empty");
        }
        String[] first = lines.get(0).split(" ", -1);
        if (first.length != 2 || !first[0].equals(FIRST_LINE)) {
            throw new InvalidKeyFile(Reason.NOT_A_KEY_FILE, "the first line is not '" + FIRST_LINE + " 1'");
        }
        if (!first[1].equals(String.valueOf(VERSION))) {
            if (first[1].matches("[0-9]{1,9}") && Integer.parseInt(first[1]) > VERSION) {
                throw new InvalidKeyFile(Reason.NEWER_FORMAT, "version " + first[1]);
            }
            throw new InvalidKeyFile(Reason.NOT_A_KEY_FILE, "not version 1");
        }
        int at = 1;
        String ledger = value(lines, at++, "ledger");
        if (!UUID_TEXT.matcher(ledger).matches()) {
            throw new InvalidKeyFile(Reason.NOT_A_KEY_FILE, "the ledger line holds no UUID");
        }
        UUID ledgerId = UUID.fromString(ledger);
        Optional<Party> party = Optional.empty();
        if (at < lines.size() && lines.get(at).startsWith("party ")) {
            party = Optional.of(party(value(lines, at++, "party")));
        }
        byte[] signing = key(value(lines, at++, "signing"), "signing");
        byte[] encryption = key(value(lines, at++, "encryption"), "encryption");
        String fingerprint = value(lines, at++, "fingerprint");
        if (at != lines.size()) {
            throw new InvalidKeyFile(Reason.NOT_A_KEY_FILE, "a line after the fingerprint");
        }
        PublicKeys keys;
        try {
            keys = PublicKeys.parse(signing, encryption);
        } catch (MalformedKeyException e) {
            throw new InvalidKeyFile(Reason.BAD_KEY, e.getMessage());
        }
        if (!normalised(fingerprint).equals(normalised(keys.fingerprint()))) {
            throw new InvalidKeyFile(Reason.WRONG_FINGERPRINT, "the fingerprint line does not match the keys");
        }
        return new PublicKeyFile(ledgerId, party, keys);
    }

    private static List<String> lines(String text) {
        String body = text.startsWith("\ufeff") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String value(List<String> lines, int at, String keyword) throws InvalidKeyFile {
        if (at >= lines.size() || !lines.get(at).startsWith(keyword + " ")) {
            throw new InvalidKeyFile(Reason.NOT_A_KEY_FILE, "line " + (at + 1) + " is not the " + keyword + " line");
        }
        return lines.get(at).substring(keyword.length() + 1);
    }

    private static Party party(String value) throws InvalidKeyFile {
        String[] parts = value.split(" ", 3);
        if (parts.length < 2 || !CODE.matcher(parts[1]).matches()) {
            throw new InvalidKeyFile(Reason.NOT_A_KEY_FILE, "the party line is not 'party ROLE CODE NAME'");
        }
        PartyRole role;
        try {
            role = PartyRole.valueOf(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyFile(Reason.NOT_A_KEY_FILE, "the party line names an unknown role");
        }
        return new Party(role, parts[1], parts.length == 3 ? parts[2] : "");
    }

    private static byte[] key(String value, String which) throws InvalidKeyFile {
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyFile(Reason.BAD_KEY, "the " + which + " line is not base64");
        }
    }

    /** Letters and digits only, upper case: a fingerprint compared regardless of spacing and case. */
    private static String normalised(String fingerprint) {
        return fingerprint.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
