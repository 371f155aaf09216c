package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.oximeter.OximeterRepository;
import java.time.Clock;

/** Builds the oximeter tab's view-models over one repository, starts the load, and returns the view. */
public final class OximeterTab {

    private OximeterTab() {
    }

    public static OximetersView open(OximeterRepository repo, TaskRunner runner, Clock clock, String user,
                                     DataEvents events, Messages msg) {
        OximetersViewModel main = new OximetersViewModel(repo, runner, clock, user, events);
        OximetersView.Models models = new OximetersView.Models(main,
                new DeliveryViewModel(repo, runner, clock, user, events, main.overviewProperty()),
                new AllocationViewModel(repo, runner, clock, user, events, main.overviewProperty()),
                new HomeIssueViewModel(repo, runner, clock, user, events, main.overviewProperty()),
                new OximeterRulesViewModel(repo, runner, user, events, main.overviewProperty()));
        OximetersView view = new OximetersView(models, msg);
        main.reload();
        return view;
    }
}
