package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.persistence.Database;
import io.guankou.persistence.oximeter.OximeterRepository;
import java.nio.file.Path;

/** The demo township (with its oximeters) and every oximeter view-model over it, as the composition root wires them. */
final class OximeterFixture implements AutoCloseable {

    final Path file;
    final Database db;
    final OximeterRepository repo;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final DataEvents events = new DataEvents();
    final OximetersViewModel main;
    final DeliveryViewModel delivery;
    final AllocationViewModel allocation;
    final HomeIssueViewModel issue;
    final OximeterRulesViewModel rules;

    OximeterFixture(Path dir) {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        repo = new OximeterRepository(db, TestClocks.FIXED);
        main = new OximetersViewModel(repo, runner, TestClocks.FIXED, "王主任", events);
        delivery = new DeliveryViewModel(repo, runner, TestClocks.FIXED, "王主任", events, main.overviewProperty());
        allocation = new AllocationViewModel(repo, runner, TestClocks.FIXED, "王主任", events, main.overviewProperty());
        issue = new HomeIssueViewModel(repo, runner, TestClocks.FIXED, "王医生", events, main.overviewProperty());
        rules = new OximeterRulesViewModel(repo, runner, "王主任", events, main.overviewProperty());
        main.reload();
    }

    int stock() {
        return repo.overview(TestClocks.TODAY).workingInStock();
    }

    @Override
    public void close() {
        db.close();
    }
}
