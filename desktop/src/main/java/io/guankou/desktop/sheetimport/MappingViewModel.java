package io.guankou.desktop.sheetimport;

import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.HeaderDetector;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.RawRow;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The mapping step: which sheet column goes to which ledger column. Starts from the header detection, or from
 * the mapping the office confirmed last time for the same headers. A ledger column chosen for a second sheet
 * column moves there. The name and the resident ID must be mapped before the import can go on. When no header
 * row was recognised the user picks it among the first rows.
 */
public final class MappingViewModel {

    /** The columns without which no row can be imported. */
    public static final List<LedgerColumn> REQUIRED = List.of(LedgerColumn.NAME, LedgerColumn.RESIDENT_ID);

    static final int SAMPLES = 3;

    /** A whole resident ID as typed (shown masked); damaged ones (1.10105E+17) stay readable. */
    private static final Pattern WHOLE_ID = Pattern.compile("\\d{14}(\\d{3}[0-9Xx])?|\\d{17}[0-9Xx]");

    private final TaskRunner runner;
    private final Function<String, Optional<ColumnMapping>> rememberedLookup;
    private final ObservableList<MappingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SheetLayout> layout = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> headerRow = new SimpleObjectProperty<>();
    private final BooleanProperty headerDetected = new SimpleBooleanProperty();
    private final BooleanProperty fromRemembered = new SimpleBooleanProperty();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>(ColumnMapping.empty());
    /** Why the remembered mapping could not be looked up (the detected one stands), or null. */
    private final ObjectProperty<io.guankou.desktop.i18n.Msg> lookupFailure = new SimpleObjectProperty<>();
    private final ObjectProperty<List<HeaderDetection.Duplicate>> duplicates =
            new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<LedgerColumn>> missing = new SimpleObjectProperty<>(REQUIRED);
    private final BooleanBinding ready = Bindings.createBooleanBinding(
            () -> layout.get() != null && missing.get().isEmpty(), layout, missing);
    private HeaderDetection header;
    private boolean syncing;
    private long lookups;

    /**
     * @param rememberedLookup the mapping remembered for a header signature; a database read, run through
     *                         {@code runner} when the user picks another header row
     */
    public MappingViewModel(TaskRunner runner, Function<String, Optional<ColumnMapping>> rememberedLookup) {
        this.runner = Objects.requireNonNull(runner);
        this.rememberedLookup = Objects.requireNonNull(rememberedLookup);
        mapping.addListener((o, a, b) -> missing.set(REQUIRED.stream().filter(c -> !b.contains(c)).toList()));
    }

    /** Shows a (new) sheet: its detected header row and mapping, or {@code remembered} for those headers. */
    public void load(SheetLayout sheet, Optional<ColumnMapping> remembered) {
        lookups++;
        layout.set(sheet);
        Optional<HeaderDetection> detected = sheet.header();
        headerDetected.set(detected.isPresent());
        HeaderDetection h = detected.orElseGet(() -> sheet.firstRows().isEmpty()
                ? new HeaderDetection(1, List.of(), ColumnMapping.empty(), List.of(), List.of())
                : HeaderDetector.standard().map(raw(sheet.firstRows().get(0))));
        show(h, remembered.filter(m -> detected.isPresent()));
    }

    /** The row numbers the header may be on: the first rows read. */
    public List<Integer> headerRowChoices() {
        SheetLayout sheet = layout.get();
        if (sheet == null) {
            return List.of();
        }
        return sheet.firstRows().stream().limit(HeaderDetector.SCAN_ROWS).map(SheetRow::number).toList();
    }

    /** The header is on row {@code number}: map its texts (or what was remembered for them). */
    public void chooseHeaderRow(int number) {
        SheetLayout sheet = layout.get();
        if (sheet == null || header != null && header.rowNumber() == number) {
            return;
        }
        SheetRow row = sheet.firstRows().stream().filter(r -> r.number() == number).findFirst().orElse(null);
        if (row == null) {
            return;
        }
        HeaderDetection h = HeaderDetector.standard().map(raw(row));
        show(h, Optional.empty());
        long lookup = ++lookups;
        String signature = h.signature();
        lookupFailure.set(null);
        runner.run("import-mapping-find", () -> rememberedLookup.apply(signature), found -> {
            if (lookup == lookups && found.isPresent()) {
                show(h, found);
            }
        }, error -> {
            if (lookup == lookups) {
                lookupFailure.set(io.guankou.desktop.i18n.Msg.of("import.ui.rememberedFailed",
                        io.guankou.desktop.i18n.Failures.msg(error)));
            }
        });
    }

    /** Maps sheet column {@code index} to {@code column} ({@code null}: not imported); a column taken elsewhere moves. */
    public void setColumn(int index, LedgerColumn column) {
        ColumnMapping m = mapping.get();
        ColumnMapping next = column == null ? m.without(index) : m.with(index, column);
        if (!next.equals(m)) {
            fromRemembered.set(false);
            mapping.set(next);
        }
        sync();
    }

    private void show(HeaderDetection h, Optional<ColumnMapping> remembered) {
        header = h;
        headerRow.set(h.rowNumber());
        duplicates.set(remembered.isPresent() ? List.of() : h.duplicates());
        fromRemembered.set(remembered.isPresent());
        ColumnMapping m = remembered.orElse(h.mapping());
        mapping.set(m);
        List<SheetRow> below = layout.get().firstRows().stream().filter(r -> r.number() > h.rowNumber())
                .limit(SAMPLES).toList();
        int width = h.headers().size();
        for (SheetRow r : below) {
            width = Math.max(width, r.cells().size());
        }
        if (!m.isEmpty()) {
            width = Math.max(width, m.asMap().lastKey() + 1);
        }
        List<MappingRow> out = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            List<String> samples = new ArrayList<>(SAMPLES);
            for (SheetRow r : below) {
                String v = r.cell(i).strip();
                if (!v.isEmpty()) {
                    samples.add(WHOLE_ID.matcher(v).matches() ? ResidentIds.mask(v) : v);
                }
            }
            MappingRow row = new MappingRow(i, h.header(i), samples, m.columnAt(i).orElse(null));
            int index = i;
            row.columnProperty().addListener((o, a, b) -> {
                if (!syncing) {
                    setColumn(index, b);
                }
            });
            out.add(row);
        }
        syncing = true;
        try {
            rows.setAll(out);
        } finally {
            syncing = false;
        }
    }

    /** Every row shows what the mapping says (after a move, the row that lost its column shows none). */
    private void sync() {
        syncing = true;
        try {
            ColumnMapping m = mapping.get();
            for (MappingRow r : rows) {
                r.columnProperty().set(m.columnAt(r.index()).orElse(null));
            }
        } finally {
            syncing = false;
        }
    }

    private static RawRow raw(SheetRow r) {
        return new RawRow(r.number(), r.cells());
    }

    // ---- state

    public ObservableList<MappingRow> rows() {
        return rows;
    }

    /** The row with sheet column {@code index}. */
    public MappingRow row(int index) {
        return rows.get(index);
    }

    public ReadOnlyObjectProperty<SheetLayout> layoutProperty() {
        return layout;
    }

    public ReadOnlyObjectProperty<Integer> headerRowProperty() {
        return headerRow;
    }

    /** False when no header row was recognised and the user has to pick it. */
    public ReadOnlyBooleanProperty headerDetectedProperty() {
        return headerDetected;
    }

    /** True while the mapping shown is the one remembered for these headers (until the user changes it). */
    public ReadOnlyBooleanProperty fromRememberedProperty() {
        return fromRemembered;
    }

    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public ColumnMapping mapping() {
        return mapping.get();
    }

    /** The header row as the mapping knows it. */
    public HeaderDetection header() {
        return header;
    }

    /** Headers that name a column a header to their left already took (left unmapped; the user may switch). */
    public ReadOnlyObjectProperty<List<HeaderDetection.Duplicate>> duplicatesProperty() {
        return duplicates;
    }

    /** Required columns not mapped yet, in {@link #REQUIRED} order. */
    public ReadOnlyObjectProperty<List<LedgerColumn>> missingProperty() {
        return missing;
    }

    /** The mapping may be confirmed. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    /** Why the remembered mapping could not be looked up (the detected one stands), or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<io.guankou.desktop.i18n.Msg> lookupFailureProperty() {
        return lookupFailure;
    }
}
