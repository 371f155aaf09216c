package io.guankou.model.codec;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Set;

/**
 * Small JSON documents read strictly (the package manifest, the private key file): exactly one object in strict
 * UTF-8, no duplicate names, nothing after it; every field asked for must be present with the right type, and a
 * caller lists the names an object may have, so an unknown one is an error. Writing goes through a generator, so
 * fields come out in the order the writer puts them.
 */
public final class StrictJson {

    /** What is wrong with a document, in English, naming the field (never a value). */
    public static final class Malformed extends Exception {

        public Malformed(String detail) {
            super(detail);
        }

        public Malformed(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    /** A generator writing compact UTF-8 JSON to {@code out}. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out, JsonEncoding.UTF8);
    }

    /** The object in {@code utf8}; anything else (bad UTF-8, an array, two values, a duplicate name) is malformed. */
    public static ObjectNode parseObject(byte[] utf8) throws Malformed {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new Malformed("not UTF-8", e);
        }
        JsonNode node;
        try (JsonParser parser = MAPPER.createParser(text)) {
            node = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new Malformed("something after the JSON object");
            }
        } catch (IOException | RuntimeException e) {
            throw new Malformed("not well-formed JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw new Malformed("not a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Refuses a name {@code node} has that is not in {@code allowed}. */
    public static void onlyFields(ObjectNode node, String where, Set<String> allowed) throws Malformed {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new Malformed(where + ": unknown field '" + printable(name) + "'");
            }
        }
    }

    public static JsonNode present(ObjectNode node, String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new Malformed("missing field '" + field + "'");
        }
        return value;
    }

    public static ObjectNode object(ObjectNode node, String field) throws Malformed {
        JsonNode value = present(node, field);
        if (!value.isObject()) {
            throw new Malformed("'" + field + "' is not an object");
        }
        return (ObjectNode) value;
    }

    public static ArrayNode array(ObjectNode node, String field) throws Malformed {
        JsonNode value = present(node, field);
        if (!value.isArray()) {
            throw new Malformed("'" + field + "' is not an array");
        }
        return (ArrayNode) value;
    }

    public static String text(ObjectNode node, String field) throws Malformed {
        return text(present(node, field), field);
    }

    public static String text(JsonNode value, String what) throws Malformed {
        if (!value.isTextual()) {
            throw new Malformed("'" + what + "' is not a string");
        }
        return value.textValue();
    }

    /** A whole number that fits a long (not 1.0, not "1"). */
    public static long integer(ObjectNode node, String field) throws Malformed {
        JsonNode value = present(node, field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new Malformed("'" + field + "' is not a whole number");
        }
        return value.longValue();
    }

    /** Present, and either null or a whole number. */
    public static Long nullableInteger(ObjectNode node, String field) throws Malformed {
        JsonNode value = present(node, field);
        return value.isNull() ? null : integer(node, field);
    }

    /** A string of standard base64 (RFC 4648 §4, with padding). */
    public static byte[] base64(ObjectNode node, String field) throws Malformed {
        try {
            return Base64.getDecoder().decode(text(node, field));
        } catch (IllegalArgumentException e) {
            throw new Malformed("'" + field + "' is not base64");
        }
    }

    /** A field name quoted in a message: cut short and without control characters. */
    private static String printable(String name) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
