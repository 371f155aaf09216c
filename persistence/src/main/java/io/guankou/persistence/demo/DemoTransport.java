package io.guankou.persistence.demo;

import io.guankou.model.org.FacilityType;
import io.guankou.model.transport.AmbulanceStatus;
import io.guankou.model.transport.FleetAvailability;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The demo's ambulances and fleet (issue 13), from {@code transport.txt}: a community health service centre in a
 * second community whose only ambulance is not on the 120 network, three networked ambulances at the township health
 * centre (available, on a call, in maintenance), a fleet of five, and measured times for three mountain villages
 * that are over the rural target. Its own seeded {@link Random}, and written after everything else, so the rest of
 * the demo stays as it was.
 */
final class DemoTransport {

    private static final String USER = "demo";

    private DemoTransport() {
    }

    static void write(DemoSink sink, DemoWords words, DemoPlaces places, long seed) throws SQLException {
        Random random = new Random(seed ^ 0x7A6E5L);
        List<String[]> rows = rows();
        String townshipCode = words.word("township.code");
        long centre = 0;
        for (String[] r : rows) {
            if (r[0].equals("centre")) {
                long villageId = village(places, townshipCode + r[2]);
                centre = sink.insert("facility", "type, name, village_id, duty_phone, fever_clinic, longitude, latitude",
                        FacilityType.COMMUNITY_HEALTH_CENTRE.name(), r[1], villageId, landline(random), false,
                        Double.parseDouble(r[3]), Double.parseDouble(r[4]));
            }
        }
        for (String[] r : rows) {
            switch (r[0]) {
                case "ambulance" -> sink.insert("ambulance", "facility_id, plate, networked, status, updated_by",
                        r[1].equals("main") ? places.healthCentreId() : centre, r[2], Boolean.parseBoolean(r[3]),
                        AmbulanceStatus.valueOf(r[4]).name(), USER);
                case "fleet" -> sink.insert("fleet_vehicle", "owner, phone, seats, availability, updated_by",
                        new MessageFormat(r[1], Locale.ROOT).format(new Object[] {DemoPlaces.name(words, random)}),
                        r[2].equals("mobile") ? DemoPeople.phone(random) : landline(random), Integer.parseInt(r[3]),
                        FleetAvailability.valueOf(r[4]).name(), USER);
                case "measured" -> sink.insert("village_travel_time", "village_id, minutes, updated_by",
                        village(places, townshipCode + r[1]), Integer.parseInt(r[2]), USER);
                default -> { }
            }
        }
    }

    private static long village(DemoPlaces places, String code) {
        return places.villages().stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo transport: no village " + code)).id();
    }

    private static String landline(Random random) {
        return String.format("023-0000%04d", random.nextInt(10_000));
    }

    private static List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = DemoTransport.class.getResourceAsStream("transport.txt")) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: transport.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\\|", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
