package io.guankou.model.returnee.sheet;

import io.guankou.model.codec.KeyValueCodec;
import io.guankou.model.sheet.SheetText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a returnee sheet and the header texts that name each (the word file {@code returnee-columns.txt}
 * beside this class), compared in {@link SheetText#normalise normal form}.
 */
public enum ReturneeColumn {
    NAME, PHONE, VILLAGE, HOUSEHOLD, ARRIVAL, FROM, CLINIC_NUMBER, ADVICE;

    /** The column a header cell names, if any. */
    public static Optional<ReturneeColumn> of(String header) {
        String n = SheetText.normalise(header);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        for (ReturneeColumn c : values()) {
            if (Words.HEADERS.get(c).contains(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The header texts of each column, read once from the word file. */
    private static final class Words {
        private static final String RESOURCE = "returnee-columns.txt";
        static final Map<ReturneeColumn, List<String>> HEADERS = load();

        private static Map<ReturneeColumn, List<String>> load() {
            Map<ReturneeColumn, List<String>> headers = new EnumMap<>(ReturneeColumn.class);
            for (ReturneeColumn c : values()) {
                headers.put(c, new ArrayList<>());
            }
            try (InputStream in = ReturneeColumn.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                for (KeyValueCodec.Entry e : KeyValueCodec.lines(RESOURCE, "COLUMN = headers")
                        .parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                    List<String> list = headers.get(ReturneeColumn.valueOf(e.key()));
                    for (String w : e.value().split("\\|")) {
                        String word = SheetText.normalise(w.strip());
                        if (!word.isEmpty()) {
                            list.add(word);
                        }
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return headers;
        }
    }
}
