package io.guankou.desktop.ledger;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.id.IdCheck;
import io.guankou.model.id.IdProblem;
import io.guankou.model.id.ResidentIdValidator;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Person;
import io.guankou.model.person.PersonChange;
import io.guankou.model.person.rules.PersonField;
import io.guankou.model.person.rules.PersonProblem;
import io.guankou.model.person.rules.PersonValidator;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import io.guankou.model.tier.TierAssessment;
import io.guankou.model.tier.TierClassifier;
import io.guankou.model.person.TierOverride;
import io.guankou.persistence.ledger.LedgerRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Add or edit one person. Validates as the fields change (messages are bundle keys, so the view-model
 * is language-free), fills sex and birth date from a valid resident ID, and shows the tier the current
 * rules give. Saving is one repository call (one transaction) and only happens when nothing is invalid.
 */
public final class PersonFormViewModel {

    public static final String KEY_REQUIRED = "form.error.required";
    public static final String KEY_DUPLICATE_ID = "form.error.duplicateId";
    public static final String KEY_FUTURE_DATE = "form.error.futureDate";
    public static final String KEY_PHONE = "form.error.phone";
    public static final String KEY_OVERRIDE_REASON = "form.error.overrideReason";
    public static final String KEY_BELOW_AGE_BOUND = "form.error.belowAgeBound";

    private final Person original;
    private final PlaceLists lists;
    private final LedgerRepository ledger;
    private final TaskRunner runner;
    private final Clock clock;
    private final String userName;
    private final Consumer<LedgerEntry> onSaved;
    private final TierClassifier classifier;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty residentId = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty emergencyName = new SimpleStringProperty("");
    private final StringProperty emergencyPhone = new SimpleStringProperty("");
    private final ObjectProperty<Long> villageId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> gridId = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final Map<LivingSituation, BooleanProperty> living = new EnumMap<>(LivingSituation.class);
    private final ObjectProperty<Mobility> mobility = new SimpleObjectProperty<>(Mobility.NORMAL);
    private final Map<Disease, BooleanProperty> diseases = new EnumMap<>(Disease.class);
    private final Map<Disease, ObjectProperty<Control>> controls = new EnumMap<>(Disease.class);
    private final ObjectProperty<Vaccination> vaccination = new SimpleObjectProperty<>(Vaccination.NONE);
    private final ObjectProperty<InfectionState> infection = new SimpleObjectProperty<>(InfectionState.NEVER);
    private final ObjectProperty<LocalDate> infectionDate = new SimpleObjectProperty<>();
    private final BooleanProperty pregnant = new SimpleBooleanProperty();
    private final ObjectProperty<Long> doctorTeamId = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> contractDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> teamId = new SimpleObjectProperty<>();
    private final StringProperty oximeterSerial = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> healthPackIssued = new SimpleObjectProperty<>();
    private final BooleanProperty overrideEnabled = new SimpleBooleanProperty();
    private final ObjectProperty<Tier> overrideTier = new SimpleObjectProperty<>(Tier.RED);
    private final StringProperty overrideReason = new SimpleStringProperty("");

    private final ObservableMap<FormField, String> errors = FXCollections.observableMap(new EnumMap<>(FormField.class));
    private final StringProperty idWarning = new SimpleStringProperty();
    private final ObjectProperty<TierAssessment> assessment = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    /** Why the last save failed, or null. */
    private final ObjectProperty<Msg> saveError = new SimpleObjectProperty<>();
    private final ObservableList<PersonChange> history = FXCollections.observableArrayList();
    private final BooleanBinding valid = Bindings.isEmpty(errors);

    /** The normalized ID another person already holds, as found at the last check. */
    private String duplicateOf;
    private Sex autoSex;
    private LocalDate autoBirthDate;

    PersonFormViewModel(Person original, List<PersonChange> history, PlaceLists lists, LedgerRepository ledger,
                        TaskRunner runner, Clock clock, String userName, Consumer<LedgerEntry> onSaved) {
        this.original = original;
        this.lists = lists;
        this.ledger = ledger;
        this.runner = runner;
        this.clock = clock;
        this.userName = userName;
        this.onSaved = onSaved;
        this.classifier = new TierClassifier(lists.rules());
        this.history.setAll(history);
        for (LivingSituation l : LivingSituation.values()) {
            living.put(l, new SimpleBooleanProperty());
        }
        for (Disease d : Disease.values()) {
            diseases.put(d, new SimpleBooleanProperty());
            controls.put(d, new SimpleObjectProperty<>(Control.STABLE));
        }
        if (original != null) {
            fill(original);
        }
        residentId.addListener((o, a, b) -> autoFillFromId());
        villageId.addListener((o, a, b) -> {
            if (gridId.get() != null && lists.gridsOf(b).stream().noneMatch(g -> g.id() == gridId.get())) {
                gridId.set(null);
            }
        });
        for (Observable p : observables()) {
            p.addListener(x -> refresh());
        }
        refresh();
    }

    private List<Observable> observables() {
        List<Observable> all = new ArrayList<>(List.of(name, residentId, sex, birthDate, phone, emergencyName,
                emergencyPhone, villageId, gridId, address, mobility, vaccination, infection, infectionDate, pregnant,
                doctorTeamId, contractDate, teamId, oximeterSerial, healthPackIssued, overrideEnabled, overrideTier,
                overrideReason));
        all.addAll(living.values());
        all.addAll(diseases.values());
        all.addAll(controls.values());
        return all;
    }

    private void fill(Person p) {
        name.set(nz(p.name()));
        residentId.set(nz(p.residentId()));
        sex.set(p.sex());
        birthDate.set(p.birthDate());
        phone.set(nz(p.phone()));
        emergencyName.set(nz(p.emergencyContactName()));
        emergencyPhone.set(nz(p.emergencyContactPhone()));
        villageId.set(p.villageId() == 0 ? null : p.villageId());
        gridId.set(p.gridId());
        address.set(nz(p.address()));
        p.livingSituations().forEach(l -> living.get(l).set(true));
        mobility.set(p.mobility() == null ? Mobility.NORMAL : p.mobility());
        for (Comorbidity c : p.comorbidities()) {
            diseases.get(c.disease()).set(true);
            controls.get(c.disease()).set(c.control());
        }
        vaccination.set(p.vaccination() == null ? Vaccination.NONE : p.vaccination());
        infection.set(p.infection() == null ? InfectionState.NEVER : p.infection());
        infectionDate.set(p.infectionDate());
        pregnant.set(p.pregnant());
        doctorTeamId.set(p.familyDoctorTeamId());
        contractDate.set(p.familyDoctorContractDate());
        teamId.set(p.responsibilityTeamId());
        oximeterSerial.set(nz(p.oximeterSerial()));
        healthPackIssued.set(p.healthPackIssued());
        if (p.tierOverride() != null) {
            overrideEnabled.set(true);
            overrideTier.set(p.tierOverride().tier());
            overrideReason.set(p.tierOverride().reason());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A valid ID fills sex and birth date, unless the user typed other values there (then they must agree). */
    private void autoFillFromId() {
        IdCheck check = ResidentIdValidator.checkAsOf(residentId.get(), null, null, today());
        if (!check.isValid()) {
            return;
        }
        if (sex.get() == null || Objects.equals(sex.get(), autoSex)) {
            sex.set(check.sex());
        }
        if (birthDate.get() == null || Objects.equals(birthDate.get(), autoBirthDate)) {
            birthDate.set(check.birthDate());
        }
        autoSex = check.sex();
        autoBirthDate = check.birthDate();
        checkDuplicateLater(check.normalized());
    }

    private void checkDuplicateLater(String normalized) {
        long ownId = original == null ? 0 : original.id();
        runner.run("id-duplicate-check", () -> ledger.findIdByResidentId(normalized), found -> {
            boolean duplicate = found.isPresent() && found.get() != ownId;
            duplicateOf = duplicate ? normalized : null;
            refresh();
        }, error -> saveError.set(Msg.of("form.duplicateCheckFailed", Failures.msg(error))));
    }

    private void refresh() {
        validate();
        assessment.set(classifier.assess(draft(), today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Recomputes every field message; returns whether the form may be saved. The rules are
     * {@link PersonValidator}'s, checked on the person as typed (the resident ID as entered, so that its own
     * findings show); only the duplicate ID, which needs the ledger, is the form's.
     */
    public boolean validate() {
        Map<FormField, String> e = new EnumMap<>(FormField.class);
        Person typed = draft().toBuilder().residentId(blankToNull(residentId.get())).build();
        List<PersonProblem> problems = new ArrayList<>(PersonValidator.check(typed, classifier.rules(), today()));
        problems.addAll(PersonValidator.checkOverride(overrideEnabled.get(), overrideReason.get()));
        for (PersonProblem p : problems) {
            e.putIfAbsent(field(p.field()), key(p));
        }
        IdCheck check = ResidentIdValidator.checkAsOf(residentId.get(), null, null, today());
        idWarning.set(check.problems().stream().filter(IdProblem::isWarning).findFirst()
                .map(Messages::enumKey).orElse(null));
        if (!e.containsKey(FormField.RESIDENT_ID) && check.normalized() != null
                && check.normalized().equals(duplicateOf)) {
            e.put(FormField.RESIDENT_ID, KEY_DUPLICATE_ID);
        }
        errors.keySet().retainAll(e.keySet());
        errors.putAll(e);
        return e.isEmpty();
    }

    private static FormField field(PersonField f) {
        return switch (f) {
            case NAME -> FormField.NAME;
            case RESIDENT_ID -> FormField.RESIDENT_ID;
            case SEX -> FormField.SEX;
            case BIRTH_DATE -> FormField.BIRTH_DATE;
            case PHONE -> FormField.PHONE;
            case EMERGENCY_PHONE -> FormField.EMERGENCY_PHONE;
            case VILLAGE -> FormField.VILLAGE;
            case INFECTION_DATE -> FormField.INFECTION_DATE;
            case CONTRACT_DATE -> FormField.CONTRACT_DATE;
            case HEALTH_PACK_DATE -> FormField.HEALTH_PACK;
            case OVERRIDE_REASON -> FormField.OVERRIDE_REASON;
        };
    }

    /** The bundle key of the message the form shows for a problem. */
    private static String key(PersonProblem p) {
        return switch (p.kind()) {
            case REQUIRED -> p.field() == PersonField.OVERRIDE_REASON ? KEY_OVERRIDE_REASON : KEY_REQUIRED;
            case INVALID_ID, ID_MISMATCH -> Messages.enumKey(p.idProblem());
            case PHONE_FORMAT -> KEY_PHONE;
            case IN_FUTURE -> KEY_FUTURE_DATE;
            case BELOW_AGE_BOUND -> KEY_BELOW_AGE_BOUND;
        };
    }

    /** The person as the form holds it now (also when invalid, for the live tier). */
    private Person draft() {
        Person.Builder b = original != null ? original.toBuilder() : Person.builder();
        IdCheck check = ResidentIdValidator.checkAsOf(residentId.get(), null, null, today());
        Set<LivingSituation> ls = EnumSet.noneOf(LivingSituation.class);
        living.forEach((k, v) -> {
            if (v.get()) {
                ls.add(k);
            }
        });
        List<Comorbidity> cs = new ArrayList<>();
        diseases.forEach((d, has) -> {
            if (has.get()) {
                cs.add(new Comorbidity(d, controls.get(d).get() == null ? Control.STABLE : controls.get(d).get()));
            }
        });
        return b.name(blankToNull(name.get()))
                .residentId(check.normalized() != null ? check.normalized() : blankToNull(residentId.get()))
                .sex(sex.get())
                .birthDate(birthDate.get())
                .phone(blankToNull(phone.get()))
                .emergencyContactName(blankToNull(emergencyName.get()))
                .emergencyContactPhone(blankToNull(emergencyPhone.get()))
                .villageId(villageId.get() == null ? 0 : villageId.get())
                .gridId(gridId.get())
                .address(blankToNull(address.get()))
                .livingSituations(ls)
                .mobility(mobility.get())
                .comorbidities(cs)
                .vaccination(vaccination.get())
                .infection(infection.get())
                .infectionDate(infection.get() == InfectionState.NEVER ? null : infectionDate.get())
                .pregnant(pregnant.get())
                .familyDoctorTeamId(doctorTeamId.get())
                .familyDoctorContractDate(doctorTeamId.get() == null ? null : contractDate.get())
                .responsibilityTeamId(teamId.get())
                .oximeterSerial(blankToNull(oximeterSerial.get()))
                .healthPackIssued(healthPackIssued.get())
                .tierOverride(override())
                .build();
    }

    private TierOverride override() {
        if (!overrideEnabled.get() || overrideTier.get() == null || blankToNull(overrideReason.get()) == null) {
            return null;
        }
        TierOverride before = original == null ? null : original.tierOverride();
        String reason = overrideReason.get().strip();
        if (before != null && before.tier() == overrideTier.get() && before.reason().equals(reason)) {
            return before; // unchanged: keep who and when
        }
        return new TierOverride(overrideTier.get(), userName, clock.instant(), reason);
    }

    private sealed interface SaveResult permits Saved, Duplicate {
    }

    private record Saved(LedgerEntry entry) implements SaveResult {
    }

    private record Duplicate(String residentId) implements SaveResult {
    }

    /**
     * Saves when valid; {@code done} runs after a successful save. Returns false (and saves nothing)
     * when a field is invalid. A duplicate resident ID found at save time is shown at the ID field.
     */
    public boolean save(Runnable done) {
        if (!validate() || saving.get()) {
            return false;
        }
        Person person = draft();
        saving.set(true);
        saveError.set(null);
        runner.run("person-save", () -> {
            Optional<Long> other = ledger.findIdByResidentId(person.residentId());
            if (other.isPresent() && other.get() != person.id()) {
                return new Duplicate(person.residentId());
            }
            Person stored = ledger.save(person, userName);
            return (SaveResult) new Saved(ledger.entry(stored.id()));
        }, result -> {
            saving.set(false);
            if (result instanceof Duplicate d) {
                duplicateOf = d.residentId();
                validate();
            } else if (result instanceof Saved s) {
                onSaved.accept(s.entry());
                done.run();
            }
        }, error -> {
            saving.set(false);
            saveError.set(Msg.of("form.saveFailed", Failures.msg(error)));
        });
        return true;
    }

    // ---- read-only facts for the view

    public boolean isNew() {
        return original == null;
    }

    public PlaceLists lists() {
        return lists;
    }

    public String userName() {
        return userName;
    }

    /** The zone of the form's clock, in which stored instants (history, override) are shown. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The stored override (who, when), null when there is none or it is new. */
    public TierOverride storedOverride() {
        return original == null ? null : original.tierOverride();
    }

    public ObservableMap<FormField, String> errors() {
        return errors;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyStringProperty idWarningProperty() {
        return idWarning;
    }

    public ReadOnlyObjectProperty<TierAssessment> assessmentProperty() {
        return assessment;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyObjectProperty<Msg> saveErrorProperty() {
        return saveError;
    }

    public ObservableList<PersonChange> history() {
        return history;
    }

    // ---- editable fields

    public StringProperty nameProperty() { return name; }
    public StringProperty residentIdProperty() { return residentId; }
    public ObjectProperty<Sex> sexProperty() { return sex; }
    public ObjectProperty<LocalDate> birthDateProperty() { return birthDate; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty emergencyNameProperty() { return emergencyName; }
    public StringProperty emergencyPhoneProperty() { return emergencyPhone; }
    public ObjectProperty<Long> villageIdProperty() { return villageId; }
    public ObjectProperty<Long> gridIdProperty() { return gridId; }
    public StringProperty addressProperty() { return address; }
    public BooleanProperty livingProperty(LivingSituation l) { return living.get(l); }
    public ObjectProperty<Mobility> mobilityProperty() { return mobility; }
    public BooleanProperty diseaseProperty(Disease d) { return diseases.get(d); }
    public ObjectProperty<Control> controlProperty(Disease d) { return controls.get(d); }
    public ObjectProperty<Vaccination> vaccinationProperty() { return vaccination; }
    public ObjectProperty<InfectionState> infectionProperty() { return infection; }
    public ObjectProperty<LocalDate> infectionDateProperty() { return infectionDate; }
    public BooleanProperty pregnantProperty() { return pregnant; }
    public ObjectProperty<Long> doctorTeamIdProperty() { return doctorTeamId; }
    public ObjectProperty<LocalDate> contractDateProperty() { return contractDate; }
    public ObjectProperty<Long> teamIdProperty() { return teamId; }
    public StringProperty oximeterSerialProperty() { return oximeterSerial; }
    public ObjectProperty<LocalDate> healthPackIssuedProperty() { return healthPackIssued; }
    public BooleanProperty overrideEnabledProperty() { return overrideEnabled; }
    public ObjectProperty<Tier> overrideTierProperty() { return overrideTier; }
    public StringProperty overrideReasonProperty() { return overrideReason; }
}
