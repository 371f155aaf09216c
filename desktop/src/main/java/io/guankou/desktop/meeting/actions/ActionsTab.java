package io.guankou.desktop.meeting.actions;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.meeting.ActionItemRepository;
import java.time.Clock;
import javafx.scene.Node;

/** Builds the action lists' view-model over one repository, starts the load, and returns the view. */
public final class ActionsTab {

    private ActionsTab() {
    }

    public static Node open(ActionItemRepository repo, TaskRunner runner, Clock clock, String userName,
                            DataEvents events, Messages messages) {
        ActionListViewModel vm = new ActionListViewModel(repo, runner, clock, userName, events);
        ActionListPane pane = new ActionListPane(vm, messages);
        vm.reload();
        return pane;
    }
}
