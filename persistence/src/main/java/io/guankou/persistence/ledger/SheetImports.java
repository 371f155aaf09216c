package io.guankou.persistence.ledger;

import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Starts {@link ImportSession}s: the one way a ledger sheet comes in, for the import window and for
 * {@code guankou excel-import} alike. Holds what every import needs from the ledger file.
 */
public final class SheetImports {

    private final LedgerImporter importer;
    private final ImportMappingRepository mappings;
    private final PlaceRepository places;
    private final Clock clock;
    private final String user;

    /**
     * @param user who imports (history, overrides, the remembered mapping); blank becomes {@code "?"}
     */
    public SheetImports(LedgerImporter importer, ImportMappingRepository mappings, PlaceRepository places,
                        Clock clock, String user) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.places = Objects.requireNonNull(places, "places");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.user = user == null || user.isBlank() ? "?" : user.strip();
    }

    /**
     * Opens {@code file} and reads the top of {@code sheetName} (the first sheet when {@code null}). Blocks:
     * call off the FX thread. Close the session when done.
     *
     * @throws io.guankou.persistence.sheet.SheetReadException when the file is no readable sheet
     */
    public ImportSession open(Path file, String sheetName) {
        return ImportSession.open(file, sheetName, importer, mappings, places, clock, user);
    }

    public String user() {
        return user;
    }
}
