package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Notice;
import io.guankou.persistence.transport.TransportRefused;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Runs the tab's writes in the background, one at a time: on success publishes {@link DataChange.TransportChanged}
 * (every view of transport data loads again, this tab too); a refusal goes back to the form's fields, any other
 * failure to its notice.
 */
final class TransportWrites {

    private final TransportServices services;
    private final BooleanProperty saving = new SimpleBooleanProperty();

    TransportWrites(TransportServices services) {
        this.services = services;
    }

    <T> boolean run(String name, Callable<T> work, Consumer<T> done, Consumer<TransportRefused> refused,
                    Consumer<Notice> failed) {
        if (saving.get()) {
            return false;
        }
        saving.set(true);
        services.runner().run(name, work, result -> {
            saving.set(false);
            services.events().publish(new DataChange.TransportChanged());
            done.accept(result);
        }, error -> {
            saving.set(false);
            if (error instanceof TransportRefused r) {
                refused.accept(r);
            } else {
                failed.accept(Notice.error("coverage.error.saveFailed", Failures.msg(error)));
            }
        });
        return true;
    }

    String user() {
        return services.user();
    }

    TransportServices services() {
        return services;
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }
}
