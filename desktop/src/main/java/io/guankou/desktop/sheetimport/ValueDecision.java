package io.guankou.desktop.sheetimport;

import io.guankou.model.sheet.UnknownValue;
import io.guankou.model.sheet.ValueAnswer;
import io.guankou.model.sheet.ValueOptions;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** What the user says one value means that the parser did not recognise (asked once for all rows holding it). */
public final class ValueDecision {

    private final UnknownValue value;
    private final ObjectProperty<ValueAnswer> answer = new SimpleObjectProperty<>();

    ValueDecision(UnknownValue value, ValueAnswer initial) {
        this.value = value;
        this.answer.set(initial);
    }

    public UnknownValue value() {
        return value;
    }

    /** The answer; {@code null} while the user has not given one (the rows holding the value wait). */
    public ObjectProperty<ValueAnswer> answerProperty() {
        return answer;
    }

    /** The answers offered: the column's values ({@link ValueOptions}), then leave empty. */
    public List<ValueAnswer> options() {
        return ValueOptions.answers(value.column());
    }
}
