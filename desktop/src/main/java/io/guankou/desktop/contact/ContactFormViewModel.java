package io.guankou.desktop.contact;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.contact.AntigenResult;
import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactField;
import io.guankou.model.contact.ContactInput;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.ContactProblem;
import io.guankou.model.contact.ContactValidator;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.contact.Need;
import io.guankou.model.contact.Symptom;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.InfectionEpisode;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.model.sync.RecordMeta;
import io.guankou.persistence.contact.ContactRejectedException;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
 * One contact with one person, then (in a round of calls) the next person. Validates as the fields change:
 * the messages are bundle keys per field, from {@link ContactValidator} (impossible values) and from
 * {@link ContactInput} (the typed text). Shows before saving whether the readings would open a referral. Saving runs off the FX
 * thread; afterwards {@link #noticeProperty()} says what happened, prominently when a referral is involved,
 * and keeps saying it until the next save (it names the person, since the form may already show the next).
 */
public final class ContactFormViewModel {

    public static final String KEY_NOT_A_NUMBER = "contact.error.notANumber";
    public static final String KEY_BAD_TIME = "contact.error.time";
    public static final String KEY_BAD_DATE = "contact.error.date";
    public static final String KEY_REQUIRED = Messages.enumKey(ContactProblem.Kind.REQUIRED);

    public static final DateTimeFormatter DATE = ContactInput.DATE;
    public static final DateTimeFormatter TIME = ContactInput.TIME;
    /** How many earlier contacts the form shows. */
    public static final int HISTORY_SHOWN = 5;

    private final ContactRepository contacts;
    private final FollowUpSettingsRepository settings;
    private final TaskRunner runner;
    private final Clock clock;
    private final String userName;
    private final String townshipCode;

    private final ObjectProperty<LedgerEntry> person = new SimpleObjectProperty<>();
    private final StringProperty dateText = new SimpleStringProperty("");
    private final StringProperty timeText = new SimpleStringProperty("");
    private final StringProperty madeBy = new SimpleStringProperty("");
    private final ObjectProperty<ContactMode> mode = new SimpleObjectProperty<>(ContactMode.PHONE);
    private final BooleanProperty reached = new SimpleBooleanProperty(true);
    private final Map<Symptom, BooleanProperty> symptoms = new EnumMap<>(Symptom.class);
    private final StringProperty temperatureText = new SimpleStringProperty("");
    private final StringProperty spo2Text = new SimpleStringProperty("");
    private final ObjectProperty<AntigenResult> antigen = new SimpleObjectProperty<>(AntigenResult.NOT_TESTED);
    private final Map<Need, BooleanProperty> needs = new EnumMap<>(Need.class);
    private final ObjectProperty<EpisodeChange> episodeChange = new SimpleObjectProperty<>(EpisodeChange.NONE);
    private final ObservableList<EpisodeChange> episodeChoices = FXCollections.observableArrayList(EpisodeChange.NONE);
    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final ObservableMap<ContactField, String> errors =
            FXCollections.observableMap(new EnumMap<>(ContactField.class));
    private final ObjectProperty<Set<ReferralTrigger>> wouldRefer = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<Msg> referralWarning = new SimpleObjectProperty<>();
    private final ObjectProperty<InfectionEpisode> openEpisode = new SimpleObjectProperty<>();
    private final ObservableList<Contact> history = FXCollections.observableArrayList();
    /** The person's open episode, last contacts and the referral rules: a save waits for them. */
    private final LoadState state = new LoadState();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ObjectProperty<Msg> saveError = new SimpleObjectProperty<>();
    private final ObjectProperty<SavedContact> saved = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> notice = new SimpleObjectProperty<>();
    /** True while {@link #noticeProperty()} is about a referral (opened, or already open). */
    private final BooleanProperty referralNotice = new SimpleBooleanProperty();
    private final BooleanBinding valid;

    private ReferralRules rules;
    private long generation;
    private boolean refreshing;

    public ContactFormViewModel(ContactRepository contacts, FollowUpSettingsRepository settings, TaskRunner runner,
                                Clock clock, String userName, String townshipCode) {
        this.contacts = contacts;
        this.settings = settings;
        this.runner = runner;
        this.clock = clock;
        this.userName = userName;
        this.townshipCode = townshipCode;
        for (Symptom s : Symptom.values()) {
            symptoms.put(s, new SimpleBooleanProperty());
        }
        for (Need n : Need.values()) {
            needs.put(n, new SimpleBooleanProperty());
        }
        madeBy.set(userName == null ? "" : userName);
        valid = Bindings.createBooleanBinding(
                () -> errors.isEmpty() && person.get() != null && state.isReady() && !saving.get(),
                errors, person, state.phaseProperty(), saving);
        for (Observable o : observables()) {
            o.addListener(x -> refresh());
        }
        resetTime();
        refresh();
    }

    private List<Observable> observables() {
        List<Observable> all = new ArrayList<>(List.of(dateText, timeText, madeBy, mode, reached, temperatureText,
                spo2Text, antigen, openEpisode, state.phaseProperty()));
        all.addAll(symptoms.values());
        all.addAll(needs.values());
        return all;
    }

    // ---- person

    /**
     * Shows an empty form for {@code entry} (time now; "made by" and mode stay as they were, which is what a
     * round of calls by one person wants) and loads their open episode and last contacts in the background.
     * The notice of the previous save stays.
     */
    public void open(LedgerEntry entry) {
        long gen = ++generation;
        person.set(entry);
        resetFields();
        history.clear();
        openEpisode.set(null);
        load(gen);
    }

    /** Loads the person's episode, contacts and the rules again after a failure; the typed fields stay. */
    public void retryLoad() {
        if (person.get() != null && state.phase() == LoadState.Phase.FAILED) {
            load(++generation);
        }
    }

    private void load(long gen) {
        state.loading();
        long id = person.get().personId();
        LocalDate today = LocalDate.now(clock);
        ReferralRules known = rules;
        runner.run("contact-load", () -> new Loaded(known != null ? known : settings.loadReferralRules(),
                        contacts.openEpisode(id, today).orElse(null), contacts.forPerson(id)),
                loaded -> {
                    if (gen != generation) {
                        return;
                    }
                    rules = loaded.rules();
                    history.setAll(loaded.history());
                    openEpisode.set(loaded.episode());
                    state.ready();
                },
                error -> {
                    // no save until a retry succeeds: without the rules and the open episode it could miss a referral
                    if (gen == generation) {
                        state.failed(error); // the form shows it with a retry
                    }
                });
    }

    private record Loaded(ReferralRules rules, InfectionEpisode episode, List<Contact> history) {
    }

    private void resetFields() {
        refreshing = true;
        try {
            resetTime();
            if (madeBy.get() == null || madeBy.get().isBlank()) {
                madeBy.set(userName == null ? "" : userName);
            }
            reached.set(true);
            symptoms.values().forEach(p -> p.set(false));
            needs.values().forEach(p -> p.set(false));
            temperatureText.set("");
            spo2Text.set("");
            antigen.set(AntigenResult.NOT_TESTED);
            episodeChange.set(EpisodeChange.NONE);
            action.set("");
            note.set("");
            saveError.set(null);
        } finally {
            refreshing = false;
        }
        refresh();
    }

    private void resetTime() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        dateText.set(DATE.format(now.toLocalDate()));
        timeText.set(TIME.format(now.toLocalTime()));
    }

    // ---- validation

    /** What the typed text amounts to; a null part did not parse (its error is in {@link #errors}). */
    private record Parsed(LocalDateTime at, BigDecimal temperature, Integer spo2, Map<ContactField, String> errors) {
    }

    private Parsed parse() {
        Map<ContactField, String> problems = new EnumMap<>(ContactField.class);
        ContactInput.Read<LocalDateTime> at = ContactInput.at(dateText.get(), timeText.get());
        ContactInput.Read<BigDecimal> temperature = ContactInput.temperature(temperatureText.get());
        ContactInput.Read<Integer> spo2 = ContactInput.spo2(spo2Text.get());
        problem(ContactField.AT, at, problems);
        problem(ContactField.TEMPERATURE, temperature, problems);
        problem(ContactField.SPO2, spo2, problems);
        return new Parsed(at.value(), temperature.value(), spo2.value(), problems);
    }

    private static void problem(ContactField field, ContactInput.Read<?> read, Map<ContactField, String> problems) {
        if (read.problem() != null) {
            problems.put(field, switch (read.problem()) {
                case REQUIRED -> KEY_REQUIRED;
                case BAD_DATE -> KEY_BAD_DATE;
                case BAD_TIME -> KEY_BAD_TIME;
                case NOT_A_NUMBER -> KEY_NOT_A_NUMBER;
            });
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private void refresh() {
        if (refreshing) {
            return;
        }
        Parsed p = parse();
        LocalDateTime now = LocalDateTime.now(clock);
        Contact c = contact(p, p.at() != null ? p.at() : now);
        Map<ContactField, String> found = new EnumMap<>(p.errors());
        for (ContactProblem problem : ContactValidator.check(c, now)) {
            found.putIfAbsent(problem.field(), Messages.enumKey(problem.kind()));
        }
        if (!found.equals(errors)) {
            errors.clear();
            errors.putAll(found);
        }
        Set<ReferralTrigger> triggers = rules == null ? Set.of() : rules.triggers(c);
        wouldRefer.set(triggers);
        referralWarning.set(triggers.isEmpty() ? null : Msg.of("contact.referralWarning", labels(triggers)));
        updateEpisodeChoices();
    }

    private void updateEpisodeChoices() {
        List<EpisodeChange> offered = new ArrayList<>(List.of(EpisodeChange.NONE));
        boolean settled = state.isReady() && person.get() != null;
        if (settled && antigen.get() == AntigenResult.POSITIVE && openEpisode.get() == null) {
            offered.add(EpisodeChange.START_HOME_TREATMENT);
        }
        if (settled && openEpisode.get() != null) {
            offered.add(EpisodeChange.END_OBSERVATION);
        }
        boolean startNewlyOffered = offered.contains(EpisodeChange.START_HOME_TREATMENT)
                && !episodeChoices.contains(EpisodeChange.START_HOME_TREATMENT);
        if (!offered.equals(episodeChoices)) {
            episodeChoices.setAll(offered);
        }
        if (startNewlyOffered) {
            // a positive test of someone not yet followed as infected: home treatment is the usual next step
            episodeChange.set(EpisodeChange.START_HOME_TREATMENT);
        } else if (!offered.contains(episodeChange.get())) {
            episodeChange.set(EpisodeChange.NONE);
        }
    }

    private Contact contact(Parsed p, LocalDateTime at) {
        LedgerEntry who = person.get();
        Contact c = Contact.draft(RecordMeta.fresh(townshipCode, clock.instant()), who == null ? 0 : who.personId(),
                at, strip(madeBy.get()), mode.get() == null ? ContactMode.PHONE : mode.get(), reached.get());
        return c.withVitals(p.temperature(), p.spo2())
                .withSymptoms(selected(symptoms, Symptom.class))
                .withAntigen(antigen.get())
                .withNeeds(selected(needs, Need.class))
                .withText(blankToNull(action.get()), blankToNull(note.get()));
    }

    private static <E extends Enum<E>> Set<E> selected(Map<E, BooleanProperty> boxes, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        boxes.forEach((k, v) -> {
            if (v.get()) {
                out.add(k);
            }
        });
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The triggers in the enum's order: a list argument, shown as their labels joined. */
    public static List<ReferralTrigger> labels(Collection<ReferralTrigger> triggers) {
        return triggers.stream().sorted().toList();
    }

    // ---- save

    /**
     * Saves when valid and hands the result to {@code done} (FX thread). Returns false and saves nothing when a
     * field is invalid or the form is still loading.
     */
    public boolean save(Consumer<SavedContact> done) {
        refresh();
        if (!valid.get()) {
            return false;
        }
        Parsed p = parse();
        Contact c = contact(p, p.at());
        EpisodeChange change = episodeChange.get();
        ReferralRules r = rules;
        LedgerEntry who = person.get();
        saving.set(true);
        saveError.set(null);
        runner.run("contact-save", () -> contacts.save(c, change, r, userName), s -> {
            saving.set(false);
            saved.set(s);
            if (person.get() == who) {
                history.add(0, s.contact());
                openEpisode.set(s.episode());
            }
            showNotice(who, s);
            done.accept(s);
        }, error -> {
            saving.set(false);
            if (error instanceof ContactRejectedException rejected) {
                // the clock moved on since the last check (e.g. a time that was "now" is refused later)
                for (ContactProblem problem : rejected.problems()) {
                    errors.put(problem.field(), Messages.enumKey(problem.kind()));
                }
            } else {
                saveError.set(Msg.of("contact.saveFailed", Failures.msg(error)));
            }
        });
        return true;
    }

    private void showNotice(LedgerEntry who, SavedContact s) {
        String name = who.name();
        if (s.referral() != null && s.referralOpened()) {
            notice.set(Msg.of("contact.notice.referralOpened", name, labels(s.referral().triggers())));
            referralNotice.set(true);
        } else if (s.referral() != null) {
            Set<ReferralTrigger> now = rules == null ? Set.of() : rules.triggers(s.contact());
            notice.set(Msg.of("contact.notice.referralExists", name, labels(now),
                    s.referral().openedAt().truncatedTo(ChronoUnit.MINUTES)));
            referralNotice.set(true);
        } else {
            notice.set(Msg.of("contact.notice.saved", name,
                    s.contact().at().toLocalTime().truncatedTo(ChronoUnit.MINUTES)));
            referralNotice.set(false);
        }
    }

    // ---- state for the view

    public ReadOnlyObjectProperty<LedgerEntry> personProperty() {
        return person;
    }

    public ObservableMap<ContactField, String> errors() {
        return errors;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyObjectProperty<Set<ReferralTrigger>> wouldReferProperty() {
        return wouldRefer;
    }

    /** Empty, or the line saying which readings will open a referral on save. */
    public ReadOnlyObjectProperty<Msg> referralWarningProperty() {
        return referralWarning;
    }

    public ObservableList<EpisodeChange> episodeChoices() {
        return episodeChoices;
    }

    public ReadOnlyObjectProperty<InfectionEpisode> openEpisodeProperty() {
        return openEpisode;
    }

    /** The person's contacts, newest first (the view shows the first {@link #HISTORY_SHOWN}). */
    public ObservableList<Contact> history() {
        return history;
    }

    /** Whether the person's episode, contacts and the referral rules have loaded (a save waits for them). */
    public LoadState state() {
        return state;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyObjectProperty<Msg> saveErrorProperty() {
        return saveError;
    }

    public ReadOnlyObjectProperty<SavedContact> savedProperty() {
        return saved;
    }

    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty referralNoticeProperty() {
        return referralNotice;
    }

    public String userName() {
        return userName;
    }

    // ---- editable fields

    public StringProperty dateTextProperty() {
        return dateText;
    }

    public StringProperty timeTextProperty() {
        return timeText;
    }

    public StringProperty madeByProperty() {
        return madeBy;
    }

    public ObjectProperty<ContactMode> modeProperty() {
        return mode;
    }

    public BooleanProperty reachedProperty() {
        return reached;
    }

    public BooleanProperty symptomProperty(Symptom s) {
        return symptoms.get(s);
    }

    public StringProperty temperatureTextProperty() {
        return temperatureText;
    }

    public StringProperty spo2TextProperty() {
        return spo2Text;
    }

    public ObjectProperty<AntigenResult> antigenProperty() {
        return antigen;
    }

    public BooleanProperty needProperty(Need n) {
        return needs.get(n);
    }

    public ObjectProperty<EpisodeChange> episodeChangeProperty() {
        return episodeChange;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
