package io.guankou.desktop.places;

import io.guankou.desktop.TestClocks;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.VillageChoice;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerImporter;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.sheet.SheetImport;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetReading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A village created the way an office's first import creates it: from a name the ledger does not know. */
final class ImportedVillage {

    static final String NAME = "石坝新村";
    static final String PERSON_ID = ResidentIds.withCheckCharacter("11010119480722003");

    private ImportedVillage() {
    }

    /** Imports a one-row sheet naming {@link #NAME}, creating the village (and its placeholder code). */
    static void importInto(Database db, Path dir) {
        Path file = dir.resolve("台账.csv");
        try {
            Files.writeString(file, "姓名,身份证号,村,基础疾病\n卓远山," + PERSON_ID + "," + NAME + ",高血压\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SheetLayout layout = SheetImport.layout(file, null);
        HeaderDetection header = layout.header().orElseThrow();
        SheetReading reading = SheetImport.read(file, null, header.rowNumber(), header.mapping(),
                new PlaceRepository(db).villages(), TestClocks.TODAY, f -> { }, () -> false);
        LedgerImporter importer = new LedgerImporter(db, TestClocks.FIXED);
        Map<Long, VillageChoice> villages = new HashMap<>();
        reading.unknownVillages().forEach(u -> villages.put(u.placeholderId(), VillageChoice.create()));
        importer.apply(importer.prepare(reading).plan(new ImportChoices(villages, false, "导入员",
                TestClocks.INSTANT, null)), "台账.csv", f -> { }, () -> false);
    }
}
