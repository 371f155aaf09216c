package io.guankou.desktop.task;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Where a view-model's data stands: not loaded yet, loading, ready, or failed with a reason. Every view-model
 * that loads in the background holds one; its view shows the failure with a retry (see
 * {@code ui.LoadFailureBar}) and keeps the actions that need the data disabled until {@link #readyProperty()}.
 */
public final class LoadState {

    public enum Phase {
        NOT_LOADED, LOADING, READY, FAILED
    }

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.NOT_LOADED);
    private final ObjectProperty<Msg> failure = new SimpleObjectProperty<>();
    private final BooleanBinding ready = Bindings.equal(phase, Phase.READY);
    private final BooleanBinding loading = Bindings.equal(phase, Phase.LOADING);

    public void loading() {
        phase.set(Phase.LOADING);
    }

    public void ready() {
        failure.set(null);
        phase.set(Phase.READY);
    }

    /** The load failed: the reason the user sees (the runner has logged the cause). */
    public void failed(Throwable error) {
        failed(Failures.msg(error));
    }

    /** The load failed, with the reason a view-model put into a message of its own (e.g. a file's name). */
    public void failed(Msg reason) {
        failure.set(reason);
        phase.set(Phase.FAILED);
    }

    public Phase phase() {
        return phase.get();
    }

    public boolean isReady() {
        return ready.get();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** Why the last load failed; null unless {@link Phase#FAILED}. */
    public ReadOnlyObjectProperty<Msg> failureProperty() {
        return failure;
    }

    public BooleanBinding readyProperty() {
        return ready;
    }

    public BooleanBinding loadingProperty() {
        return loading;
    }
}
