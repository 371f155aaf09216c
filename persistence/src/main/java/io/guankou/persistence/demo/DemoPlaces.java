package io.guankou.persistence.demo;

import io.guankou.model.org.FacilityType;
import io.guankou.model.org.TeamRole;
import io.guankou.model.place.UrbanRuralClass;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The township's places and organisations: villages and communities, grids, a central health centre,
 * a clinic per village, family-doctor teams, and a responsibility team with a medical member per grid.
 */
record DemoPlaces(List<VillagePlan> villages, List<Long> familyDoctorTeams, long healthCentreId) {

    /** A village or community with its grids, its share of key persons and its clinic. */
    record VillagePlan(long id, String code, String name, UrbanRuralClass urbanRural, double longitude,
                       double latitude, int persons, List<GridPlan> grids) {
        boolean isCommunity() {
            return !urbanRural.isRural();
        }
    }

    /** A grid, the team serving it, and the names of the team members who make contacts. */
    record GridPlan(long id, int number, long teamId, List<String> contactMakers) {
    }

    int gridCount() {
        return villages.stream().mapToInt(v -> v.grids().size()).sum();
    }

    static DemoPlaces write(DemoSink sink, DemoWords words, Random random, int persons) throws SQLException {
        String townshipCode = words.word("township.code");
        double centreLon = Double.parseDouble(words.word("centre.longitude"));
        double centreLat = Double.parseDouble(words.word("centre.latitude"));
        int[] shares = shares(words.villages, persons);

        List<long[]> villageIds = new ArrayList<>();
        for (String[] v : words.villages) {
            long id = sink.insert("village", "code, name, urban_rural, longitude, latitude",
                    townshipCode + v[0], v[1], v[2], Double.parseDouble(v[3]), Double.parseDouble(v[4]));
            villageIds.add(new long[] {id});
        }

        long healthCentre = sink.insert("facility",
                "type, name, village_id, duty_phone, fever_clinic, longitude, latitude",
                FacilityType.TOWNSHIP_HEALTH_CENTRE.name(), words.word("facility.healthCentre.name"),
                villageIds.get(0)[0], dutyPhone(random), true, centreLon, centreLat);
        List<Long> familyDoctorTeams = new ArrayList<>();
        for (int i = 0; i < words.clinicians.size(); i++) {
            familyDoctorTeams.add(sink.insert("family_doctor_team", "name, facility_id, leader",
                    words.format("familyDoctorTeam.name", words.numeral(i + 1)), healthCentre,
                    words.clinicians.get(i)));
        }

        List<VillagePlan> villages = new ArrayList<>();
        for (int i = 0; i < words.villages.size(); i++) {
            String[] v = words.villages.get(i);
            long villageId = villageIds.get(i)[0];
            UrbanRuralClass urbanRural = UrbanRuralClass.fromCode(v[2]);
            double lon = Double.parseDouble(v[3]);
            double lat = Double.parseDouble(v[4]);
            int weight = Integer.parseInt(v[5]);
            boolean community = !urbanRural.isRural();
            FacilityType clinicType = community ? FacilityType.COMMUNITY_HEALTH_STATION : FacilityType.VILLAGE_CLINIC;
            String clinicName = words.format(community ? "facility.communityStation.name" : "facility.villageClinic.name",
                    v[1]);
            sink.insert("facility", "type, name, village_id, duty_phone, fever_clinic, longitude, latitude",
                    clinicType.name(), clinicName, villageId, dutyPhone(random), false,
                    round(lon + (random.nextDouble() - 0.5) * 0.004), round(lat + (random.nextDouble() - 0.5) * 0.004));

            // communities are denser: more grids; big villages three, small ones two
            int gridCount = community ? 4 : weight >= 7 ? 3 : 2;
            int perGrid = Math.max(1, shares[i] / gridCount);
            String secretary = name(words, random);
            List<GridPlan> grids = new ArrayList<>();
            for (int g = 1; g <= gridCount; g++) {
                String gridName = words.format("grid.name", words.numeral(g));
                long teamId = sink.insert("responsibility_team", "name, village_id",
                        words.format("responsibilityTeam.name", v[1], gridName), villageId);
                List<String> makers = new ArrayList<>();
                member(sink, teamId, secretary, TeamRole.PARTY_SECRETARY, random);
                String cadre = name(words, random);
                member(sink, teamId, cadre, TeamRole.VILLAGE_CADRE, random);
                String villageDoctor = name(words, random);
                member(sink, teamId, villageDoctor, TeamRole.VILLAGE_DOCTOR, random);
                makers.add(villageDoctor);
                makers.add(villageDoctor);
                makers.add(cadre);
                if (random.nextInt(3) == 0) {
                    String doctor = name(words, random);
                    member(sink, teamId, doctor, TeamRole.HEALTH_CENTRE_DOCTOR, random);
                    makers.add(doctor);
                }
                // team size matched to the persons served: one volunteer per ~80 key persons, 1..6
                int volunteers = Math.min(6, Math.max(1, perGrid / 80));
                for (int k = 0; k < volunteers; k++) {
                    String volunteer = name(words, random);
                    member(sink, teamId, volunteer, TeamRole.VOLUNTEER, random);
                    makers.add(volunteer);
                }
                long gridId = sink.insert("grid", "village_id, name, responsibility_team_id", villageId, gridName,
                        teamId);
                grids.add(new GridPlan(gridId, g, teamId, List.copyOf(makers)));
            }
            villages.add(new VillagePlan(villageId, townshipCode + v[0], v[1], urbanRural, lon, lat, shares[i],
                    List.copyOf(grids)));
        }
        return new DemoPlaces(List.copyOf(villages), List.copyOf(familyDoctorTeams), healthCentre);
    }

    /** Persons per village in proportion to the weights, remainders to the largest fractions. */
    private static int[] shares(List<String[]> villages, int persons) {
        int total = villages.stream().mapToInt(v -> Integer.parseInt(v[5])).sum();
        int[] shares = new int[villages.size()];
        double[] rest = new double[villages.size()];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = (double) persons * Integer.parseInt(villages.get(i)[5]) / total;
            shares[i] = (int) exact;
            rest[i] = exact - shares[i];
            given += shares[i];
        }
        while (given < persons) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            shares[best]++;
            rest[best] = -1;
            given++;
        }
        return shares;
    }

    private static void member(DemoSink sink, long teamId, String name, TeamRole role, Random random)
            throws SQLException {
        sink.insert("team_member", "team_id, name, role, phone, medical", teamId, name, role.name(),
                DemoPeople.phone(random), role.isMedical());
    }

    static String name(DemoWords words, Random random) {
        List<String> given = random.nextBoolean() ? words.maleGivenNames : words.femaleGivenNames;
        return words.surnames.draw(random) + given.get(random.nextInt(given.size()));
    }

    /** Landline-looking duty numbers in an unassigned block (023-0000xxxx): fake by construction. */
    private static String dutyPhone(Random random) {
        return String.format("023-0000%04d", random.nextInt(10_000));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
