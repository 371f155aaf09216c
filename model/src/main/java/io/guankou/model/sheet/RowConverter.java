package io.guankou.model.sheet;

import io.guankou.model.id.IdCheck;
import io.guankou.model.id.IdProblem;
import io.guankou.model.id.ResidentIdValidator;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one sheet row into a {@link Person} (DOMAIN.md §2), or says why it cannot.
 *
 * <ul>
 * <li>{@link LedgerColumn#NAME} and {@link LedgerColumn#RESIDENT_ID} are required. The ID is checked with
 * {@link ResidentIdValidator}; Excel damage is {@link RowProblem.Kind#DAMAGED_ID}, never repaired.</li>
 * <li>Sex and birth date come from the ID; a sheet value that disagrees is {@link RowProblem.Kind#ID_MISMATCH}.</li>
 * <li>Single-value cells (dates, sex, vaccination, mobility, infection, yes/no) that cannot be read reject
 * the row ({@link RowProblem.Kind#BAD_DATE}, {@link RowProblem.Kind#BAD_VALUE}); unknown parts of list cells
 * (an unknown disease) are {@link RowNote notes} and the row is kept.</li>
 * <li>A village text the {@link VillageLookup} does not know is {@link RowProblem.Kind#UNKNOWN_VILLAGE}; a
 * blank village leaves village id 0 (the plan requires it for new persons only).</li>
 * <li>A separate control column applies to the diseases of the row (an unstable marker in the disease cell
 * stays unstable); beside no disease it is not read.</li>
 * <li>A grid is looked up within the row's village, a team by name or, when the row names none, by the
 * responsible person ({@link LedgerColumn#RESPONSIBLE_PERSON}); a row with a grid and no team gets the grid's team.
 * Names not found are {@link RowNote notes}, the row is kept; a grid or team the lookup gives a placeholder for
 * (one the import may create, see {@link SheetVillages}) is set with its note, for the plan to keep or clear.
 * Age and note are informational.</li>
 * </ul>
 * Blank cells are "not given": they are not in {@link ConvertedRow#given()} and an update keeps the stored value.
 * So are yes/no cells holding a word for "unknown", and yes-without-detail cells
 * ({@link RowNote.Kind#YES_WITHOUT_DETAIL});
 * a "no" in the oximeter, family-doctor or health-pack column is given (an update clears the stored value).
 * A column whose header asks a yes/no question ({@link ColumnMapping#question}: "infected?", "bedridden?") reads
 * yes/no as the question's states; an answer that decides nothing is not given (a yes of that kind is a
 * {@link RowNote.Kind#YES_WITHOUT_DETAIL} note); the field's own words are read too.
 */
public final class RowConverter {

    private final ColumnMapping mapping;
    private final VillageLookup villages;
    private final LocalDate importDate;
    private final ValueParsers parsers;

    public RowConverter(ColumnMapping mapping, VillageLookup villages, LocalDate importDate) {
        this(mapping, villages, importDate, ValueParsers.standard());
    }

    public RowConverter(ColumnMapping mapping, VillageLookup villages, LocalDate importDate, ValueParsers parsers) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.villages = Objects.requireNonNull(villages, "villages");
        this.importDate = Objects.requireNonNull(importDate, "importDate");
        this.parsers = Objects.requireNonNull(parsers, "parsers");
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** Converts the rows in order. */
    public List<ConvertedRow> convertAll(List<RawRow> rows) {
        List<ConvertedRow> out = new ArrayList<>(rows.size());
        for (RawRow r : rows) {
            out.add(convert(r));
        }
        return out;
    }

    public ConvertedRow convert(RawRow row) {
        return new Conversion(row).run();
    }

    private final class Conversion {
        private final RawRow row;
        private final int n;
        private final List<RowProblem> problems = new ArrayList<>();
        private final List<RowNote> notes = new ArrayList<>();
        private final Set<LedgerColumn> given = EnumSet.noneOf(LedgerColumn.class);
        private final Person.Builder b = Person.builder();
        private long villageId;

        Conversion(RawRow row) {
            this.row = row;
            this.n = row.number();
        }

        ConvertedRow run() {
            String name = cell(LedgerColumn.NAME);
            if (name == null) {
                problem(LedgerColumn.NAME, RowProblem.Kind.REQUIRED, null, null);
            } else {
                b.name(name);
                given.add(LedgerColumn.NAME);
            }

            Sex sheetSex = single(LedgerColumn.SEX, parsers.sex(cell(LedgerColumn.SEX)), RowProblem.Kind.BAD_VALUE);
            LocalDate sheetBirth = single(LedgerColumn.BIRTH_DATE, ValueParsers.date(cell(LedgerColumn.BIRTH_DATE)),
                    RowProblem.Kind.BAD_DATE);
            String residentId = residentId(sheetSex, sheetBirth);

            text(LedgerColumn.PHONE, b::phone);
            text(LedgerColumn.EMERGENCY_CONTACT_NAME, b::emergencyContactName);
            text(LedgerColumn.EMERGENCY_CONTACT_PHONE, b::emergencyContactPhone);
            text(LedgerColumn.ADDRESS, b::address);
            village();
            gridAndTeam();
            livingSituations();
            comorbidities();

            Mobility mobility = single(LedgerColumn.MOBILITY,
                    asked(LedgerColumn.MOBILITY, Mobility.class, parsers::mobility), RowProblem.Kind.BAD_VALUE);
            if (mobility != null) {
                b.mobility(mobility);
            }
            Vaccination vaccination = single(LedgerColumn.VACCINATION,
                    asked(LedgerColumn.VACCINATION, Vaccination.class, parsers::vaccination), RowProblem.Kind.BAD_VALUE);
            if (vaccination != null) {
                b.vaccination(vaccination);
            }
            InfectionState infection = single(LedgerColumn.INFECTION,
                    asked(LedgerColumn.INFECTION, InfectionState.class, parsers::infection), RowProblem.Kind.BAD_VALUE);
            if (infection != null) {
                b.infection(infection);
            }
            b.infectionDate(single(LedgerColumn.INFECTION_DATE, ValueParsers.date(cell(LedgerColumn.INFECTION_DATE)),
                    RowProblem.Kind.BAD_DATE));
            Boolean pregnant = single(LedgerColumn.PREGNANT,
                    parsers.yesNo(LedgerColumn.PREGNANT, cell(LedgerColumn.PREGNANT)), RowProblem.Kind.BAD_VALUE);
            b.pregnant(Boolean.TRUE.equals(pregnant));
            b.familyDoctorContractDate(dateOrYesNo(LedgerColumn.FAMILY_DOCTOR_CONTRACT));
            b.healthPackIssued(dateOrYesNo(LedgerColumn.HEALTH_PACK));
            oximeter();
            Tier sheetTier = sheetTier();

            if (!problems.isEmpty()) {
                return new ConvertedRow(n, name, null, problems, notes, sheetTier, residentId, given);
            }
            return new ConvertedRow(n, name, b.build(), problems, notes, sheetTier, residentId, given);
        }

        private String residentId(Sex sheetSex, LocalDate sheetBirth) {
            String raw = cell(LedgerColumn.RESIDENT_ID);
            if (raw == null) {
                problem(LedgerColumn.RESIDENT_ID, RowProblem.Kind.REQUIRED, null, null);
                return null;
            }
            IdCheck id = ResidentIdValidator.checkAsOf(raw, sheetBirth, sheetSex, importDate);
            if (id.isExcelDamage()) {
                IdProblem p = id.has(IdProblem.EXCEL_SCIENTIFIC_NOTATION)
                        ? IdProblem.EXCEL_SCIENTIFIC_NOTATION : IdProblem.EXCEL_NUMBER;
                problem(LedgerColumn.RESIDENT_ID, RowProblem.Kind.DAMAGED_ID, raw, p.name());
                return null;
            }
            for (IdProblem p : id.problems()) {
                switch (p) {
                    case LOWERCASE_X -> notes.add(new RowNote(n, LedgerColumn.RESIDENT_ID, RowNote.Kind.LOWERCASE_X, raw));
                    case BIRTH_DATE_MISMATCH -> problem(LedgerColumn.BIRTH_DATE, RowProblem.Kind.ID_MISMATCH,
                            cell(LedgerColumn.BIRTH_DATE), p.name());
                    case SEX_MISMATCH -> problem(LedgerColumn.SEX, RowProblem.Kind.ID_MISMATCH,
                            cell(LedgerColumn.SEX), p.name());
                    default -> problem(LedgerColumn.RESIDENT_ID, RowProblem.Kind.INVALID_ID, raw, p.name());
                }
            }
            boolean idOk = problems.stream().noneMatch(x -> x.column() == LedgerColumn.RESIDENT_ID);
            if (!idOk) {
                return null;
            }
            b.residentId(id.normalized());
            given.add(LedgerColumn.RESIDENT_ID);
            b.sex(sheetSex != null ? sheetSex : id.sex());
            b.birthDate(sheetBirth != null ? sheetBirth : id.birthDate());
            given.add(LedgerColumn.SEX);
            given.add(LedgerColumn.BIRTH_DATE);
            return id.normalized();
        }

        private void village() {
            String text = cell(LedgerColumn.VILLAGE);
            if (text == null) {
                return;
            }
            Optional<Long> id = villages.find(text);
            if (id.isEmpty()) {
                problem(LedgerColumn.VILLAGE, RowProblem.Kind.UNKNOWN_VILLAGE, text, null);
            } else {
                b.villageId(id.get());
                villageId = id.get();
                given.add(LedgerColumn.VILLAGE);
            }
        }

        /**
         * Grid within the row's village; team by name, or else by the responsible person; a row naming no team
         * gets its grid's. Ones not found are noted and left as they are; a placeholder (a grid or team the import
         * may create) is set and noted: the plan keeps it, or clears it and keeps the note.
         */
        private void gridAndTeam() {
            Long grid = null;
            String gridText = cell(LedgerColumn.GRID);
            if (gridText != null) {
                Optional<Long> g = villageId != 0 ? villages.findGrid(villageId, gridText) : Optional.empty();
                if (g.isPresent()) {
                    grid = g.get();
                    b.gridId(grid);
                    given.add(LedgerColumn.GRID);
                }
                if (g.isEmpty() || SheetVillages.isPlaceholder(g.get())) {
                    notes.add(new RowNote(n, LedgerColumn.GRID, RowNote.Kind.UNKNOWN_GRID, gridText));
                }
            }
            String teamText = cell(LedgerColumn.RESPONSIBILITY_TEAM);
            String personText = teamText == null ? cell(LedgerColumn.RESPONSIBLE_PERSON) : null;
            Optional<Long> team = Optional.empty();
            if (teamText != null) {
                team = villages.findTeam(villageId, teamText);
                noteUnknownTeam(team, LedgerColumn.RESPONSIBILITY_TEAM, RowNote.Kind.UNKNOWN_TEAM, teamText);
            } else if (personText != null) {
                team = villages.findTeamLedBy(villageId, personText);
                noteUnknownTeam(team, LedgerColumn.RESPONSIBLE_PERSON, RowNote.Kind.UNKNOWN_RESPONSIBLE_PERSON,
                        personText);
            } else if (grid != null) {
                team = villages.teamOfGrid(grid);
            }
            team.ifPresent(t -> {
                b.responsibilityTeamId(t);
                given.add(LedgerColumn.RESPONSIBILITY_TEAM);
            });
        }

        private void noteUnknownTeam(Optional<Long> team, LedgerColumn column, RowNote.Kind kind, String text) {
            if (team.isEmpty() || SheetVillages.isPlaceholder(team.get())) {
                notes.add(new RowNote(n, column, kind, text));
            }
        }

        private void livingSituations() {
            String text = cell(LedgerColumn.LIVING_SITUATION);
            if (text == null) {
                return;
            }
            Optional<YesNoQuestion> question = mapping.question(LedgerColumn.LIVING_SITUATION);
            Parsed<Boolean> answer = question.isPresent()
                    ? parsers.yesNo(text) : Parsed.failed(ValueProblem.UNRECOGNISED, text);
            if (answer.isBlank()) {
                return;
            }
            if (answer.hasValue()) {
                LivingSituation state = (LivingSituation) question.get().answer(answer.value());
                if (state == null) {
                    // "alone?" - no: another situation may still hold; nothing given
                    return;
                }
                b.livingSituations(new LinkedHashSet<>(List.of(state)));
                given.add(LedgerColumn.LIVING_SITUATION);
                return;
            }
            Items<LivingSituation> items = parsers.livingSituations(text);
            unknownParts(LedgerColumn.LIVING_SITUATION, items);
            b.livingSituations(new LinkedHashSet<>(items.values()));
            given.add(LedgerColumn.LIVING_SITUATION);
        }

        /**
         * The diseases, with the control column applied to all of them. The control column is read only when
         * the row names a disease: beside no disease (a blank cell, a word for none) it has nothing to apply
         * to, and offices fill it with "none" or a dash there. An unstable marker in the disease cell is kept
         * when the control column says stable: of two contradicting statements the one needing more care wins.
         */
        private void comorbidities() {
            String text = cell(LedgerColumn.COMORBIDITIES);
            if (text == null) {
                return;
            }
            Items<Comorbidity> items = parsers.comorbidities(text);
            unknownParts(LedgerColumn.COMORBIDITIES, items);
            List<Comorbidity> list = items.values();
            if (!list.isEmpty()) {
                Control control = single(LedgerColumn.COMORBIDITY_CONTROL,
                        asked(LedgerColumn.COMORBIDITY_CONTROL, Control.class, parsers::control), RowProblem.Kind.BAD_VALUE);
                if (control == Control.UNSTABLE) {
                    list = ValueParsers.withControl(list, Control.UNSTABLE);
                }
            }
            b.comorbidities(list);
            given.add(LedgerColumn.COMORBIDITIES);
        }

        /**
         * A single-value cell of an enumerated field read with its words, or, when its header asks a yes/no
         * question, first as the answer to it: yes/no (1/0 included) give the question's states; an answer that
         * says nothing certain is not given, a yes of that kind noted.
         */
        private <E extends Enum<E>> Parsed<E> asked(LedgerColumn column, Class<E> type,
                java.util.function.Function<String, Parsed<E>> words) {
            String text = cell(column);
            Optional<YesNoQuestion> question = mapping.question(column);
            if (text != null && question.isPresent()) {
                Parsed<Boolean> answer = parsers.yesNo(text);
                if (answer.isBlank()) {
                    return Parsed.blank(text);
                }
                if (answer.hasValue()) {
                    Enum<?> state = question.get().answer(answer.value());
                    if (state == null) {
                        if (answer.value()) {
                            notes.add(new RowNote(n, column, RowNote.Kind.YES_WITHOUT_DETAIL, text));
                        }
                        return Parsed.blank(text);
                    }
                    return Parsed.of(type.cast(state), text);
                }
            }
            return words.apply(text);
        }

        private void oximeter() {
            String text = cell(LedgerColumn.OXIMETER);
            if (text == null) {
                return;
            }
            Parsed<Boolean> yn = parsers.yesNo(LedgerColumn.OXIMETER, text);
            if (yn.isBlank()) {
                return;
            }
            if (Boolean.FALSE.equals(yn.value())) {
                // "no oximeter": given, so that an update clears a stored serial
                given.add(LedgerColumn.OXIMETER);
                return;
            }
            if (Boolean.TRUE.equals(yn.value())) {
                notes.add(new RowNote(n, LedgerColumn.OXIMETER, RowNote.Kind.YES_WITHOUT_DETAIL, text));
                return;
            }
            b.oximeterSerial(text);
            given.add(LedgerColumn.OXIMETER);
        }

        /**
         * A date, or yes/no. No is given with no date (an update clears a stored date); yes is noted and not
         * given, the date being unknown (an update keeps a stored date).
         */
        private LocalDate dateOrYesNo(LedgerColumn column) {
            String text = cell(column);
            if (text == null) {
                return null;
            }
            Parsed<LocalDate> date = ValueParsers.date(text);
            if (date.hasValue()) {
                given.add(column);
                return date.value();
            }
            Parsed<Boolean> yn = parsers.yesNo(column, text);
            if (yn.hasValue()) {
                if (yn.value()) {
                    notes.add(new RowNote(n, column, RowNote.Kind.YES_WITHOUT_DETAIL, text));
                } else {
                    given.add(column);
                }
                return null;
            }
            if (!yn.isBlank()) {
                problem(column, RowProblem.Kind.BAD_DATE, text, date.problem() == null ? null : date.problem().name());
            }
            return null;
        }

        private Tier sheetTier() {
            String text = cell(LedgerColumn.TIER);
            if (text == null) {
                return null;
            }
            Parsed<Tier> t = parsers.tier(text);
            if (!t.isOk()) {
                notes.add(new RowNote(n, LedgerColumn.TIER, RowNote.Kind.UNRECOGNISED_TIER, text));
            }
            return t.value();
        }

        private void unknownParts(LedgerColumn column, Items<?> items) {
            for (String part : items.unknown()) {
                notes.add(new RowNote(n, column, RowNote.Kind.UNKNOWN_PART, part));
            }
        }

        /** The value of a single-value cell; a problem rejects the row; records the column as given. */
        private <T> T single(LedgerColumn column, Parsed<T> parsed, RowProblem.Kind kind) {
            if (!parsed.isOk()) {
                problem(column, kind, parsed.input(), parsed.problem().name());
                return null;
            }
            if (parsed.hasValue() && column != LedgerColumn.SEX && column != LedgerColumn.BIRTH_DATE
                    && column != LedgerColumn.COMORBIDITY_CONTROL) {
                given.add(column);
            }
            return parsed.value();
        }

        private void text(LedgerColumn column, java.util.function.Consumer<String> setter) {
            String text = cell(column);
            if (text != null) {
                setter.accept(text);
                given.add(column);
            }
        }

        /** The stripped cell, {@code null} when unmapped or blank. */
        private String cell(LedgerColumn column) {
            String c = mapping.cell(row.cells(), column);
            return SheetText.isBlank(c) ? null : c;
        }

        private void problem(LedgerColumn column, RowProblem.Kind kind, String value, String detail) {
            problems.add(new RowProblem(n, column, kind, value, detail));
        }
    }
}
