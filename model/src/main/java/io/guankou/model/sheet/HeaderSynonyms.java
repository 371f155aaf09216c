package io.guankou.model.sheet;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Header texts that name each {@link LedgerColumn}, compared in {@link SheetText#normalise normal form}.
 * The standard list is the UTF-8 resource {@code header-synonyms.txt}; a header may name one column only.
 * Headers under a {@code question.COLUMN.YES.NO} key ask a yes/no question about the column ({@link YesNoQuestion}).
 */
public final class HeaderSynonyms {

    private static final String RESOURCE = "header-synonyms.txt";
    private static final String QUESTION = "question.";

    private final Map<String, LedgerColumn> byHeader;
    private final Map<LedgerColumn, List<String>> byColumn;
    private final Map<String, YesNoQuestion> questions;

    private HeaderSynonyms(WordList words, String what) {
        Map<String, LedgerColumn> headers = new HashMap<>();
        Map<LedgerColumn, List<String>> columns = new EnumMap<>(LedgerColumn.class);
        Map<String, YesNoQuestion> asked = new HashMap<>();
        words.all().forEach((key, list) -> {
            LedgerColumn column;
            YesNoQuestion question = null;
            try {
                if (key.startsWith(QUESTION)) {
                    question = YesNoQuestion.parse(key.substring(QUESTION.length()));
                    column = question.column();
                } else {
                    column = LedgerColumn.valueOf(key);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(what + ": unknown column " + key, e);
            }
            for (String h : list) {
                LedgerColumn before = headers.putIfAbsent(h, column);
                if (before != null && before != column) {
                    throw new IllegalStateException(what + ": header '" + h + "' names both " + before + " and "
                            + column);
                }
                if (question != null) {
                    asked.put(h, question);
                }
            }
            columns.computeIfAbsent(column, c -> new ArrayList<>()).addAll(list);
        });
        columns.replaceAll((c, l) -> List.copyOf(l));
        this.byHeader = Collections.unmodifiableMap(headers);
        this.byColumn = Collections.unmodifiableMap(columns);
        this.questions = Collections.unmodifiableMap(asked);
    }

    /** The list shipped with Guankou. */
    public static HeaderSynonyms standard() {
        return Holder.STANDARD;
    }

    /** A list in the same {@code COLUMN = header | header} format as the shipped resource. */
    public static HeaderSynonyms read(Reader reader) {
        try {
            return new HeaderSynonyms(WordList.read(reader, "header synonyms"), "header synonyms");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column a header cell names, if any. */
    public Optional<LedgerColumn> columnOf(String headerCell) {
        return Optional.ofNullable(byHeader.get(SheetText.normalise(headerCell)));
    }

    /** The yes/no question a header cell asks about its column, if it is one of the question headers. */
    public Optional<YesNoQuestion> questionOf(String headerCell) {
        return Optional.ofNullable(questions.get(SheetText.normalise(headerCell)));
    }

    /** The synonyms of a column in normal form, in file order (empty if it has none). */
    public List<String> synonyms(LedgerColumn column) {
        return byColumn.getOrDefault(column, List.of());
    }

    private static final class Holder {
        static final HeaderSynonyms STANDARD = new HeaderSynonyms(WordList.resource(RESOURCE), RESOURCE);
    }
}
