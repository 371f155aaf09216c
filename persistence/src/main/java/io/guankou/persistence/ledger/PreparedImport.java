package io.guankou.persistence.ledger;

import io.guankou.model.person.Person;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.model.sheet.ImportPlanner;
import io.guankou.persistence.sheet.SheetReading;
import java.util.Map;

/**
 * A sheet read and the ledger it will be matched against, loaded once: the preview plans again with each
 * choice the user makes without touching the file or the database.
 */
public final class PreparedImport {

    private final SheetReading reading;
    private final Map<String, Person> stored;
    private final ImportPlanner planner;

    PreparedImport(SheetReading reading, Map<String, Person> stored, ImportPlanner planner) {
        this.reading = reading;
        this.stored = stored;
        this.planner = planner;
    }

    public SheetReading reading() {
        return reading;
    }

    public ImportPlan plan(ImportChoices choices) {
        return planner.plan(reading.rows(), stored, reading.unknownVillages(), reading.unknownGrids(),
                reading.unknownTeams(), choices);
    }
}
