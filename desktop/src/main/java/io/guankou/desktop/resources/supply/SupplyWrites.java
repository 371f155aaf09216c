package io.guankou.desktop.resources.supply;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Notice;
import io.guankou.model.supply.SupplyProblem;
import io.guankou.persistence.supply.SupplyRefused;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Runs the tab's writes in the background, one at a time: on success publishes {@link DataChange.SuppliesChanged}
 * (every view of supplies loads again, this tab too); a refusal goes back to the form's fields, any other failure to
 * its notice.
 */
final class SupplyWrites {

    private final SupplyServices services;
    private final BooleanProperty saving = new SimpleBooleanProperty();

    SupplyWrites(SupplyServices services) {
        this.services = services;
    }

    <T> boolean run(String name, Callable<T> work, Consumer<T> done, Consumer<List<SupplyProblem>> refused,
                    Consumer<Notice> failed) {
        if (saving.get()) {
            return false;
        }
        saving.set(true);
        services.runner().run(name, work, result -> {
            saving.set(false);
            services.events().publish(new DataChange.SuppliesChanged());
            done.accept(result);
        }, error -> {
            saving.set(false);
            if (error instanceof SupplyRefused r) {
                refused.accept(r.problems());
            } else {
                failed.accept(Notice.error("supplies.error.saveFailed", Failures.msg(error)));
            }
        });
        return true;
    }

    SupplyServices services() {
        return services;
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }
}
