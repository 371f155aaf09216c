package io.guankou.desktop.meeting.actions;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.meeting.ActionEdit;
import io.guankou.model.meeting.ActionField;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionLink;
import io.guankou.model.meeting.ActionProblem;
import io.guankou.model.meeting.ActionRules;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.meeting.ActionLinkChoice;
import io.guankou.persistence.meeting.ActionRefused;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of a new item or of an open one: kind, text, owner, due day and the optional link to a village, facility
 * or person (chosen from those whose name contains the typed search, at most {@value #LINK_CHOICES}). Saving checks
 * the rules of model.meeting first, each field with its message, then writes in the background.
 */
public final class ActionFormViewModel {

    public static final int LINK_CHOICES = 50;

    private final ActionItemRepository repo;
    private final TaskRunner runner;
    private final ActionItem editing;
    private final LocalDate today;
    private final String user;
    private final Consumer<Long> saved;
    private final ObjectProperty<ActionKind> kind = new SimpleObjectProperty<>(ActionKind.TASK);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionLink.Kind> linkKind = new SimpleObjectProperty<>();
    private final StringProperty linkQuery = new SimpleStringProperty("");
    private final ObservableList<ActionLinkChoice> linkChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ActionLink> link = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty saving = new SimpleBooleanProperty();
    private final ObjectProperty<Msg> failure = new SimpleObjectProperty<>();
    private final ActionFieldErrors errors = new ActionFieldErrors(ActionField.values());
    private long choicesGeneration;

    /** {@code editing} null: a new item, entered {@code today}; {@code saved} gets the item's id after the write. */
    ActionFormViewModel(ActionItemRepository repo, TaskRunner runner, ActionItem editing, LocalDate today,
                        String user, Consumer<Long> saved) {
        this.repo = repo;
        this.runner = runner;
        this.editing = editing;
        this.today = today;
        this.user = user;
        this.saved = saved;
        if (editing == null) {
            due.set(today);
        } else {
            kind.set(editing.kind());
            text.set(editing.text());
            owner.set(editing.owner());
            due.set(editing.due());
            link.set(editing.link());
            linkKind.set(editing.link() == null ? null : editing.link().kind());
        }
        linkKind.addListener((o, a, b) -> {
            if (link.get() != null && link.get().kind() != b) {
                link.set(null);
            }
            linkQuery.set("");
            loadChoices();
        });
        linkQuery.addListener((o, a, b) -> loadChoices());
        loadChoices();
    }

    private void loadChoices() {
        long gen = ++choicesGeneration;
        ActionLink.Kind k = linkKind.get();
        if (k == null) {
            linkChoices.clear();
            return;
        }
        String q = linkQuery.get();
        runner.run("action-link-choices", () -> repo.linkChoices(k, q, LINK_CHOICES), list -> {
            if (gen != choicesGeneration) {
                return;
            }
            List<ActionLinkChoice> shown = new ArrayList<>(list);
            ActionLink current = link.get();
            if (current != null && current.kind() == k && shown.stream().noneMatch(c -> c.link().sameTarget(current))) {
                shown.add(0, new ActionLinkChoice(current, null, null));
            }
            linkChoices.setAll(shown);
        }, error -> {
            if (gen == choicesGeneration) {
                failure.set(Msg.of("meeting.actions.error.choicesFailed", Failures.msg(error)));
            }
        });
    }

    /** Checks and writes the item; false when a field is refused (each says why) or a write is running. */
    public boolean save(Runnable onDone) {
        if (saving.get()) {
            return false;
        }
        failure.set(null);
        ActionLink chosen = linkKind.get() == null ? null : link.get();
        ActionEdit edit = new ActionEdit(editing == null ? 0 : editing.id(), kind.get(), text.get(), owner.get(),
                due.get(), chosen);
        List<ActionProblem> problems = new ArrayList<>(ActionRules.check(edit, createdOn()));
        if (linkKind.get() != null && chosen == null) {
            // a kind of link chosen, but no village, facility or person: choose one, or no link
            problems.add(ActionProblem.of(ActionField.LINK, ActionProblem.Kind.REQUIRED));
        }
        if (!errors.show(problems, ActionField.TEXT)) {
            return false;
        }
        saving.set(true);
        runner.run(editing == null ? "action-add" : "action-edit", () -> {
            if (editing == null) {
                return repo.add(edit, user, today);
            }
            repo.edit(edit, user);
            return editing.id();
        }, id -> {
            saving.set(false);
            saved.accept(id);
            onDone.run();
        }, error -> {
            saving.set(false);
            if (error instanceof ActionRefused r) {
                errors.show(r.problems(), ActionField.TEXT);
            } else {
                failure.set(Msg.of("meeting.actions.error.saveFailed", Failures.msg(error)));
            }
        });
        return true;
    }

    private LocalDate createdOn() {
        return editing == null ? today : editing.createdOn();
    }

    public boolean isNew() { return editing == null; }
    /** The item being changed; null for a new one. */
    public ActionItem editing() { return editing; }
    public ObjectProperty<ActionKind> kindProperty() { return kind; }
    public StringProperty textProperty() { return text; }
    public StringProperty ownerProperty() { return owner; }
    public ObjectProperty<LocalDate> dueProperty() { return due; }
    /** What the item links to: null for nothing. */
    public ObjectProperty<ActionLink.Kind> linkKindProperty() { return linkKind; }
    public StringProperty linkQueryProperty() { return linkQuery; }
    public ObservableList<ActionLinkChoice> linkChoices() { return linkChoices; }
    public ObjectProperty<ActionLink> linkProperty() { return link; }
    public ReadOnlyBooleanProperty savingProperty() { return saving; }
    /** Why the last write or choice search failed (not a field's problem); null when none. */
    public ReadOnlyObjectProperty<Msg> failureProperty() { return failure; }
    public ReadOnlyObjectProperty<Msg> errorAt(ActionField field) { return errors.at(field); }
}
