package io.guankou.model.sheet;

import io.guankou.model.codec.KeyValueCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A UTF-8 word list: {@code key = word | word | word} lines ({@link KeyValueCodec#lines}), {@code #} comments and
 * blank lines ignored,
 * a key may appear on several lines (the words add up). Keys and words keep their file order; words are
 * stored in {@link SheetText#normalise normal form}.
 */
final class WordList {

    private final Map<String, List<String>> words;

    private WordList(Map<String, List<String>> words) {
        this.words = words;
    }

    static WordList resource(String name) {
        InputStream in = WordList.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WordList read(Reader reader, String what) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        List<KeyValueCodec.Entry> entries;
        try {
            entries = KeyValueCodec.lines(what, "key = words").parse(text.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (KeyValueCodec.Entry e : entries) {
            List<String> list = m.computeIfAbsent(e.key(), k -> new ArrayList<>());
            for (String w : e.value().split("\\|")) {
                String n = SheetText.normalise(w);
                if (!n.isEmpty() && !list.contains(n)) {
                    list.add(n);
                }
            }
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return new WordList(Collections.unmodifiableMap(m));
    }

    /** The words of a key, empty if the key is absent. */
    List<String> words(String key) {
        return words.getOrDefault(key, List.of());
    }

    Map<String, List<String>> all() {
        return words;
    }
}
