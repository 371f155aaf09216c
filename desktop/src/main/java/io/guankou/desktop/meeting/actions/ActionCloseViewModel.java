package io.guankou.desktop.meeting.actions;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.meeting.ActionField;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionRules;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.meeting.ActionRefused;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Closing (banjie) one open item: its outcome is required ("every item an outcome"), then written in the
 * background.
 */
public final class ActionCloseViewModel {

    private final ActionItemRepository repo;
    private final TaskRunner runner;
    private final ActionItem item;
    private final LocalDate today;
    private final String user;
    private final Consumer<Long> closed;
    private final StringProperty outcome = new SimpleStringProperty("");
    private final SimpleBooleanProperty saving = new SimpleBooleanProperty();
    private final ObjectProperty<Msg> failure = new SimpleObjectProperty<>();
    private final ActionFieldErrors errors = new ActionFieldErrors(ActionField.OUTCOME);

    ActionCloseViewModel(ActionItemRepository repo, TaskRunner runner, ActionItem item, LocalDate today, String user,
                         Consumer<Long> closed) {
        this.repo = repo;
        this.runner = runner;
        this.item = item;
        this.today = today;
        this.user = user;
        this.closed = closed;
    }

    /** Checks the outcome and closes the item; false when the outcome is refused or a write is running. */
    public boolean close(Runnable onDone) {
        if (saving.get()) {
            return false;
        }
        failure.set(null);
        String text = outcome.get();
        if (!errors.show(ActionRules.checkClose(text), ActionField.OUTCOME)) {
            return false;
        }
        saving.set(true);
        runner.run("action-close", () -> {
            repo.close(item.id(), text, user, today);
            return item.id();
        }, id -> {
            saving.set(false);
            closed.accept(id);
            onDone.run();
        }, error -> {
            saving.set(false);
            if (error instanceof ActionRefused r) {
                errors.show(r.problems(), ActionField.OUTCOME);
            } else {
                failure.set(Msg.of("meeting.actions.error.saveFailed", Failures.msg(error)));
            }
        });
        return true;
    }

    public ActionItem item() { return item; }
    public StringProperty outcomeProperty() { return outcome; }
    public ReadOnlyBooleanProperty savingProperty() { return saving; }
    public ReadOnlyObjectProperty<Msg> failureProperty() { return failure; }
    public ReadOnlyObjectProperty<Msg> errorAt(ActionField field) { return errors.at(field); }
}
