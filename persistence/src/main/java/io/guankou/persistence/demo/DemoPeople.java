package io.guankou.persistence.demo;

import io.guankou.model.contact.AntigenResult;
import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.Need;
import io.guankou.model.contact.Symptom;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Departure;
import io.guankou.model.person.Disease;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.person.Tier;
import io.guankou.model.tier.TierClassifier;
import io.guankou.model.person.TierOverride;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.demo.DemoPlaces.GridPlan;
import io.guankou.persistence.demo.DemoPlaces.VillagePlan;
import io.guankou.persistence.ledger.PersonRows;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The key persons of the demo township and their four weeks of contacts. The mix follows what a
 * mountain township's ledger looks like: mostly 60-75, a tail to 100; hypertension common and mostly
 * stable; most vaccinated; a few infected now, more recovered; some responsibility teams falling behind
 * on their contacts so the overdue lists have something to show.
 */
final class DemoPeople {

    private static final String PERSON_COLUMNS = "name, resident_id, sex, birth_date, phone, emergency_contact_name,"
            + " emergency_contact_phone, village_id, grid_id, household_id, address, living_situations, mobility,"
            + " vaccination, infection, infection_date, pregnant, family_doctor_team_id, family_doctor_contract_date,"
            + " responsibility_team_id, oximeter_serial, health_pack_issued, computed_tier, override_tier,"
            + " override_by, override_at, override_reason, departure_reason, departure_date";
    private static final String REGION = "500235";
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_AGE = 100;
    private static final int HISTORY_DAYS = 28;
    /** Per cent of the infected at home whose illness turns severe in the demo (a referral each). */
    private static final int SEVERE_PER_CENT = 5;
    private static final ReferralRules REFERRAL_RULES = ReferralRules.defaults();
    /** Needs anyone may mention on a call; the oximeter is asked for by the infected. */
    private static final Need[] OTHER_NEEDS = {Need.MEDICINE, Need.MEDICINE, Need.MEDICINE, Need.DAILY_HELP,
            Need.DAILY_HELP, Need.TRANSPORT, Need.DOCTOR_VISIT};

    /** Disease, per-mille prevalence among the key persons. */
    private static final Object[][] PREVALENCE = {
            {Disease.HYPERTENSION, 450}, {Disease.DIABETES, 160}, {Disease.CORONARY_HEART_DISEASE, 120},
            {Disease.COPD, 80}, {Disease.STROKE, 60}, {Disease.CHRONIC_KIDNEY_DISEASE, 30},
            {Disease.CANCER_UNDER_TREATMENT, 15}, {Disease.IMMUNODEFICIENCY, 5}, {Disease.HAEMODIALYSIS, 3}};

    private final DemoSink sink;
    private final DemoWords words;
    private final Random random;
    private final TierClassifier classifier;
    private final int minAge;
    private final LocalDate today;
    private final int persons;
    private final DemoPlaces places;
    private final Set<String> residentIds = new HashSet<>();
    private final Map<Integer, String[]> overrides = new HashMap<>();
    /** The address of the household a grid's next couple may join. */
    private final Map<Long, String> lastAddress = new HashMap<>();
    private final double[] ageCumulative;
    private final DemoReferrals referrals;
    private int contacts;

    DemoPeople(DemoSink sink, DemoWords words, Random random, TierRules rules, DemoOptions options,
               DemoPlaces places) {
        this.sink = sink;
        this.words = words;
        this.random = random;
        this.classifier = new TierClassifier(rules);
        this.minAge = rules.ageLowerBound();
        this.today = options.today();
        this.persons = options.persons();
        this.places = places;
        this.ageCumulative = ageDistribution(minAge);
        this.referrals = new DemoReferrals(sink, words, random, today);
        // a handful of clinician overrides, spread over the ledger
        int count = Math.min(words.overrideReasons.size(), Math.max(1, persons / 10));
        while (overrides.size() < count) {
            int index = random.nextInt(persons);
            overrides.putIfAbsent(index, words.overrideReasons.get(overrides.size()));
        }
    }

    /** Writes every person with households, comorbidities, episodes and contacts; returns the contact count. */
    int write() throws SQLException {
        int index = 0;
        for (VillagePlan village : places.villages()) {
            Map<Long, long[]> openHousehold = new HashMap<>(); // grid -> {household id, members, house number}
            for (int i = 0; i < village.persons(); i++, index++) {
                GridPlan grid = village.grids().get(random.nextInt(village.grids().size()));
                writePerson(index, village, grid, openHousehold);
            }
        }
        return contacts;
    }

    private void writePerson(int index, VillagePlan village, GridPlan grid, Map<Long, long[]> openHousehold)
            throws SQLException {
        int age = drawAge();
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        boolean female = random.nextDouble() < 0.52 + (age - 60) * 0.004;
        Sex sex = female ? Sex.FEMALE : Sex.MALE;
        String surname = words.surnames.draw(random);
        List<String> given = female ? words.femaleGivenNames : words.maleGivenNames;
        String name = surname + given.get(random.nextInt(given.size()));

        // a couple shares a household: join the grid's last one-person household now and then
        long[] household = openHousehold.get(grid.id());
        String address;
        if (household != null && household[1] == 1 && random.nextInt(100) < 40) {
            household[1]++;
            address = null;
        } else {
            int number = household == null ? 1 : (int) household[2] + 1 + random.nextInt(3);
            address = village.isCommunity()
                    ? words.format("address.community", village.name(), Integer.toString(grid.number()),
                            Integer.toString(1 + random.nextInt(3)), Integer.toString(number))
                    : words.format("address.village", village.name(), Integer.toString(grid.number()),
                            Integer.toString(number));
            long id = sink.insert("household", "village_id, grid_id, address", village.id(), grid.id(), address);
            household = new long[] {id, 1, number};
            openHousehold.put(grid.id(), household);
        }
        if (address == null) {
            address = lastAddress.get(grid.id());
        }
        lastAddress.put(grid.id(), address);

        Set<LivingSituation> living = EnumSet.noneOf(LivingSituation.class);
        int livingRoll = random.nextInt(100);
        if (livingRoll < 12) {
            living.add(LivingSituation.ALONE);
            if (random.nextInt(4) == 0) {
                living.add(LivingSituation.WIDOWED_CHILDLESS);
            }
        } else if (livingRoll < 13) {
            living.add(LivingSituation.WITH_DISABLED_CHILD_ONLY);
        }
        if (!village.isCommunity() && random.nextInt(100) < 25) {
            living.add(LivingSituation.LEFT_BEHIND);
        }
        Mobility mobility = mobility(age);

        List<Comorbidity> comorbidities = new ArrayList<>();
        for (Object[] p : PREVALENCE) {
            // prevalence grows with age: x0.7 at 60, x1.5 at 90
            double factor = 0.7 + (age - 60) * 0.027;
            if (random.nextInt(1000) < (int) p[1] * factor) {
                Control control = random.nextInt(100) < 85 ? Control.STABLE : Control.UNSTABLE;
                comorbidities.add(new Comorbidity((Disease) p[0], control));
            }
        }
        Vaccination vaccination = vaccination(age);

        InfectionState infection = InfectionState.NEVER;
        LocalDate infectionDate = null;
        LocalDate episodeEnd = null;
        boolean homeTreatment = false;
        int infectionRoll = random.nextInt(100);
        if (infectionRoll < 5) {
            infection = InfectionState.INFECTED;
            infectionDate = today.minusDays(random.nextInt(10));
            homeTreatment = random.nextInt(100) < 85;
        } else if (infectionRoll < 35) {
            infection = InfectionState.RECOVERED;
            infectionDate = today.minusDays(12 + random.nextInt(34));
            episodeEnd = infectionDate.plusDays(7 + random.nextInt(8));
            homeTreatment = random.nextInt(100) < 90;
        }

        boolean contracted = random.nextInt(100) < (age >= 65 && !comorbidities.isEmpty() ? 85 : 45);
        Long familyDoctorTeam = contracted
                ? places.familyDoctorTeams().get((int) (village.id() % places.familyDoctorTeams().size())) : null;
        LocalDate contractDate = contracted ? today.minusDays(30 + random.nextInt(700)) : null;
        String oximeter = age >= 65 && (mobility.isImpaired() || infection == InfectionState.INFECTED)
                && random.nextInt(100) < 60 ? String.format("OX-%06d", random.nextInt(1_000_000)) : null;
        boolean packFirst = age >= 80 || infection == InfectionState.INFECTED;
        LocalDate healthPack = random.nextInt(100) < (packFirst ? 70 : 25) ? today.minusDays(random.nextInt(21)) : null;
        String phone = random.nextInt(100) < 70 ? phone(random) : null;
        String emergencyName = surname + words.maleGivenNames.get(random.nextInt(words.maleGivenNames.size()));
        String emergencyPhone = phone(random);

        Person person = Person.builder()
                .name(name).residentId(residentId(birth, sex)).sex(sex).birthDate(birth).phone(phone)
                .emergencyContactName(emergencyName).emergencyContactPhone(emergencyPhone)
                .villageId(village.id()).gridId(grid.id()).householdId(household[0]).address(address)
                .livingSituations(living).mobility(mobility).comorbidities(comorbidities).vaccination(vaccination)
                .infection(infection).infectionDate(infectionDate).pregnant(false)
                .familyDoctorTeamId(familyDoctorTeam).familyDoctorContractDate(contractDate)
                .responsibilityTeamId(grid.teamId()).oximeterSerial(oximeter).healthPackIssued(healthPack)
                .build();
        Tier computed = classifier.classify(person, today);

        TierOverride override = null;
        String[] reason = overrides.get(index);
        if (reason != null) {
            String clinician = words.clinicians.get(random.nextInt(words.clinicians.size()));
            override = new TierOverride(Tier.valueOf(reason[0]), clinician,
                    today.minusDays(1 + random.nextInt(10)).atTime(LocalTime.of(10, random.nextInt(60)))
                            .toInstant(DemoTownshipWriter.CST), reason[1]);
        }
        // a few left the ledger recently: they stay in the file, out of the list
        Departure departure = null;
        if (override == null && random.nextInt(1000) < 5) {
            departure = new Departure(random.nextBoolean() ? Departure.Reason.MOVED_AWAY : Departure.Reason.DECEASED,
                    today.minusDays(1 + random.nextInt(20)));
        }

        long personId = sink.insert("person", PERSON_COLUMNS, person.name(), person.residentId(), sex.name(),
                SqlText.date(birth), phone, emergencyName, emergencyPhone, village.id(), grid.id(), household[0],
                address, SqlText.enumSet(living), mobility.name(), vaccination.name(), infection.name(),
                SqlText.date(infectionDate), false, familyDoctorTeam, SqlText.date(contractDate), grid.teamId(),
                oximeter, SqlText.date(healthPack), computed.name(),
                override == null ? null : override.tier().name(), override == null ? null : override.by(),
                override == null ? null : SqlText.instant(override.at()), override == null ? null : override.reason(),
                departure == null ? null : departure.reason().name(),
                departure == null ? null : SqlText.date(departure.date()));
        for (Comorbidity c : comorbidities) {
            sink.insert("comorbidity", "person_id, disease, control", personId, c.disease().name(),
                    c.control().name());
        }
        if (infectionDate != null) {
            sink.insert("infection_episode", "person_id, start_date, home_treatment, end_date", personId,
                    SqlText.date(infectionDate), homeTreatment, SqlText.date(episodeEnd));
        }
        if (override != null) {
            String at = SqlText.instant(override.at());
            sink.insert("person_change", "person_id, field, old_value, new_value, changed_by, changed_at", personId,
                    "tierOverride", null, PersonRows.overrideText(override), override.by(), at);
        }
        if (departure == null) {
            Tier tier = override != null ? override.tier() : computed;
            boolean infectedAtHome = infection == InfectionState.INFECTED && homeTreatment;
            writeContacts(personId, grid, tier, infectedAtHome ? infectionDate : null, mobility,
                    oximeter != null, infection == InfectionState.INFECTED);
        }
    }

    /**
     * Four weeks of contacts ending yesterday: the ledger as the office finds it in the morning, whatever the
     * time the demo is opened (a contact later today would lie in the future). Teams that keep up call red
     * every 1-2 days and yellow every 2-3 (so they meet 3 and 2 a week), green once or twice a month; infected people at home get a follow-up every 1-3 days. About one team in six falls
     * behind with a person: contacts thin out and stop some days before today (overdue). About one in twenty
     * of the infected at home turns severe: one contact finds a low SpO2 and opens a referral.
     */
    private void writeContacts(long personId, GridPlan grid, Tier tier, LocalDate homeTreatmentFrom,
                               Mobility mobility, boolean oximeter, boolean infected) throws SQLException {
        LocalDate first = today.minusDays(HISTORY_DAYS - 1);
        int minGap;
        int maxGap;
        switch (tier) {
            case RED -> { minGap = 1; maxGap = 2; }
            case YELLOW -> { minGap = 2; maxGap = 3; }
            default -> { minGap = 12; maxGap = 20; }
        }
        LocalDate yesterday = today.minusDays(1);
        LocalDate last = yesterday;
        if (tier != Tier.GREEN && random.nextInt(100) < 18) {
            minGap += 2;
            maxGap += 3;
            last = today.minusDays(3 + random.nextInt(9));
        }
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
        for (LocalDate day = first.plusDays(random.nextInt(maxGap)); !day.isAfter(last);
             day = day.plusDays(minGap + random.nextInt(maxGap - minGap + 1))) {
            days.add(day);
        }
        if (homeTreatmentFrom != null) {
            for (LocalDate day = homeTreatmentFrom.isBefore(first) ? first : homeTreatmentFrom; !day.isAfter(yesterday);
                 day = day.plusDays(1 + random.nextInt(3))) {
                days.add(day);
            }
        }
        List<LocalDate> sickDays = homeTreatmentFrom == null || !infected ? List.of()
                : days.stream().filter(d -> !d.isBefore(homeTreatmentFrom)).toList();
        LocalDate severeDay = !sickDays.isEmpty() && random.nextInt(100) < SEVERE_PER_CENT
                ? sickDays.get(random.nextInt(sickDays.size())) : null;
        for (LocalDate day : days) {
            boolean sick = infected && homeTreatmentFrom != null && !day.isBefore(homeTreatmentFrom);
            Visit visit = new Visit(personId, grid, day, tier, mobility, oximeter,
                    sick ? homeTreatmentFrom : null, day.equals(severeDay));
            writeContact(visit);
        }
    }

    /** What one contact is about: the person, the day, and how ill they are on it. */
    private record Visit(long personId, GridPlan grid, LocalDate day, Tier tier, Mobility mobility, boolean oximeter,
                         LocalDate sickSince, boolean severe) {
    }

    private void writeContact(Visit v) throws SQLException {
        LocalDateTime at = v.day().atTime(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
        String madeBy = v.grid().contactMakers().get(random.nextInt(v.grid().contactMakers().size()));
        ContactMode mode = mode(v.mobility());
        boolean infected = v.sickSince() != null;
        // a severe reading is a reached contact by definition: somebody measured it
        boolean reached = v.severe() || random.nextInt(100) < 92;
        // a red person without covid with a fever now and then: a cold, a urinary infection
        boolean feverish = reached && !infected && v.tier() == Tier.RED && random.nextInt(100) < 4;
        String temperature = null;
        Integer spo2 = null;
        String note = null;
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        AntigenResult antigen = AntigenResult.NOT_TESTED;
        Set<Need> needs = EnumSet.noneOf(Need.class);
        if (reached) {
            if (mode == ContactMode.HOME_VISIT || infected || v.oximeter() || feverish) {
                double t = feverish ? 37.5 + random.nextDouble()
                        : infected ? 36.8 + random.nextDouble() * 2.0 : 36.0 + random.nextDouble() * 1.2;
                temperature = String.format(java.util.Locale.ROOT, "%.1f", t);
                // never below the referral threshold unless severe: every trigger in the demo has its referral
                spo2 = v.severe() ? 88 + random.nextInt(5) : infected ? 93 + random.nextInt(6) : 94 + random.nextInt(6);
                if (t >= 37.3) {
                    symptoms.add(Symptom.FEVER);
                }
            }
            if (infected) {
                infectedSymptoms(symptoms, v);
                long sickDays = v.day().toEpochDay() - v.sickSince().toEpochDay();
                int roll = random.nextInt(100);
                if (sickDays == 0 || sickDays < 6 && roll < 20) {
                    antigen = AntigenResult.POSITIVE;
                } else if (sickDays >= 6 && roll < 40) {
                    antigen = AntigenResult.NEGATIVE;
                }
                if (sickDays == 0 && !v.oximeter() && random.nextInt(100) < 40) {
                    needs.add(Need.OXIMETER);
                }
            } else if (feverish) {
                symptoms.add(Symptom.COUGH);
                antigen = random.nextBoolean() ? AntigenResult.NEGATIVE : AntigenResult.NOT_TESTED;
            }
            if (random.nextInt(100) < 5) {
                needs.add(OTHER_NEEDS[random.nextInt(OTHER_NEEDS.length)]);
            }
            if (random.nextInt(4) == 0) {
                note = words.contactNotes.get(random.nextInt(words.contactNotes.size()));
            }
        }
        String action = needs.isEmpty() ? null : action(needs);
        long contactId = sink.insert("contact",
                "person_id, at, made_by, mode, reached, temperature, spo2, note, symptoms, antigen, needs, action",
                v.personId(), SqlText.dateTime(at), madeBy, mode.name(), reached, temperature, spo2, note,
                SqlText.enumSet(symptoms), antigen.name(), SqlText.enumSet(needs), action);
        contacts++;
        if (v.severe()) {
            Contact contact = Contact.draft(DemoReferrals.NO_META, v.personId(), at, madeBy, mode, true)
                    .withVitals(temperature == null ? null : new java.math.BigDecimal(temperature), spo2)
                    .withSymptoms(symptoms);
            referrals.write(v.personId(), contactId, at, madeBy, REFERRAL_RULES.triggers(contact));
        }
    }

    /** Covid symptoms on a sick day; a severe day adds chest or breathing trouble. */
    private void infectedSymptoms(Set<Symptom> symptoms, Visit v) {
        if (random.nextInt(100) < 60) {
            symptoms.add(Symptom.COUGH);
        }
        if (random.nextInt(100) < 35) {
            symptoms.add(Symptom.SORE_THROAT);
        }
        if (random.nextInt(100) < 40) {
            symptoms.add(Symptom.FATIGUE);
        }
        if (random.nextInt(100) < 20) {
            symptoms.add(Symptom.POOR_APPETITE);
        }
        if (v.severe()) {
            symptoms.add(random.nextBoolean() ? Symptom.BREATHING_DIFFICULTY : Symptom.CHEST_TIGHTNESS);
        }
    }

    /** What the caller did about the first need that has an action in the word list. */
    private String action(Set<Need> needs) {
        for (Need need : needs) {
            List<String> options = DemoWords.matching(words.contactActions, need.name());
            if (!options.isEmpty()) {
                return options.get(random.nextInt(options.size()));
            }
        }
        return null;
    }

    private ContactMode mode(Mobility mobility) {
        int roll = random.nextInt(100);
        if (mobility.isImpaired() && roll < 50) {
            return ContactMode.HOME_VISIT;
        }
        if (roll < 55) {
            return ContactMode.PHONE;
        }
        if (roll < 70) {
            return ContactMode.WECHAT;
        }
        if (roll < 75) {
            return ContactMode.VIDEO;
        }
        if (roll < 80) {
            return ContactMode.CLOUD_SERVICE;
        }
        return ContactMode.HOME_VISIT;
    }

    /** 500235 + birth date + two order digits + sex digit (odd male) + GB 11643 check character; unique. */
    private String residentId(LocalDate birth, Sex sex) {
        while (true) {
            int order = random.nextInt(100);
            int sexDigit = random.nextInt(5) * 2 + (sex == Sex.MALE ? 1 : 0);
            String first17 = REGION + ID_DATE.format(birth) + String.format("%02d%d", order, sexDigit);
            String id = ResidentIds.withCheckCharacter(first17);
            if (residentIds.add(id)) {
                return id;
            }
        }
    }

    /** Mobile-looking numbers in the 100 block, which no carrier assigns: fake by construction. */
    static String phone(Random random) {
        return String.format("100%08d", random.nextInt(100_000_000));
    }

    private Mobility mobility(int age) {
        double frailty = 1 + Math.max(0, age - 70) / 15.0; // grows after 70
        double roll = random.nextDouble();
        if (roll < 0.03 * frailty) {
            return Mobility.BEDRIDDEN;
        }
        if (roll < 0.07 * frailty) {
            return Mobility.DISABLED;
        }
        if (roll < 0.17 * frailty) {
            return Mobility.LIMITED;
        }
        return Mobility.NORMAL;
    }

    private Vaccination vaccination(int age) {
        int roll = random.nextInt(100);
        int none = 6 + Math.max(0, age - 75); // the oldest are vaccinated least
        if (roll < none) {
            return Vaccination.NONE;
        }
        if (roll < none + 12) {
            return Vaccination.INCOMPLETE;
        }
        if (roll < none + 12 + 38) {
            return Vaccination.COMPLETE;
        }
        return Vaccination.BOOSTER;
    }

    private int drawAge() {
        double x = random.nextDouble();
        for (int i = 0; i < ageCumulative.length; i++) {
            if (x < ageCumulative[i]) {
                return minAge + i;
            }
        }
        return MAX_AGE;
    }

    /** P(age) ~ exp(-(age - 60) / 11): about three quarters are 60-75, a thin tail reaches 100. */
    private static double[] ageDistribution(int minAge) {
        int n = MAX_AGE - minAge + 1;
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp(-(minAge + i - 60) / 11.0);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }
}
