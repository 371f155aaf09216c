package io.guankou.model.boundary;

import io.guankou.model.codec.KeyValueCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of boundary files ({@code boundary-words.txt}): the feature property keys that hold a village's code,
 * its name or a grid's name, and the name suffixes left out when names are compared. Kept as data, beside the
 * sheet import's word lists, rather than as literals in code.
 */
final class BoundaryWords {

    private static final String RESOURCE = "boundary-words.txt";
    private static final List<KeyValueCodec.Entry> ENTRIES = load();

    static final List<String> CODE_KEYS = words("property.code");
    static final List<String> NAME_KEYS = words("property.name");
    static final List<String> GRID_KEYS = words("property.grid");
    static final List<String> NAME_SUFFIXES = words("name.suffix");

    private BoundaryWords() {
    }

    private static List<KeyValueCodec.Entry> load() {
        try (InputStream in = BoundaryWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return KeyValueCodec.lines(RESOURCE, "key = words").parse(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        for (KeyValueCodec.Entry e : ENTRIES) {
            if (e.key().equals(key)) {
                for (String w : e.value().split("\\|")) {
                    String word = w.strip();
                    if (!word.isEmpty() && !out.contains(word)) {
                        out.add(word);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no words for " + key);
        }
        return List.copyOf(out);
    }
}
