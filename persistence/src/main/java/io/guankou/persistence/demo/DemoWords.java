package io.guankou.persistence.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The Chinese words of the demo township, read from resource files next to this class (so no Chinese
 * lives in Java source). List files hold one entry per line, {@code |}-separated columns, {@code #} comments.
 */
final class DemoWords {

    final Properties township;
    final List<String[]> villages;
    final Weighted<String> surnames;
    final List<String> maleGivenNames;
    final List<String> femaleGivenNames;
    final List<String> clinicians;
    final List<String[]> overrideReasons;
    final List<String> contactNotes;
    final List<String> numerals;
    /** Hospitals referrals go to, weighted. */
    final Weighted<String> hospitals;
    /** Outcome kind (ARRIVED_CLOSED, EARLY_CLOSED, TRANSFERRED_DOWN) and text. */
    final List<String[]> referralOutcomes;
    /** Need name and what the caller did about it. */
    final List<String[]> contactActions;

    private DemoWords(Properties township) {
        this.township = township;
        villages = rows("villages.txt");
        surnames = Weighted.of(rows("surnames.txt"));
        maleGivenNames = column(rows("given-names-male.txt"));
        femaleGivenNames = column(rows("given-names-female.txt"));
        clinicians = column(rows("clinicians.txt"));
        overrideReasons = rows("override-reasons.txt");
        contactNotes = column(rows("contact-notes.txt"));
        numerals = List.of(township.getProperty("numerals").split(","));
        hospitals = Weighted.of(rows("hospitals.txt"));
        referralOutcomes = rows("referral-outcomes.txt");
        contactActions = rows("contact-actions.txt");
    }

    static DemoWords load() {
        return new DemoWords(properties("township.properties"));
    }

    /** The words of {@code options}' township: its own code and name when it names them, else the demo's. */
    static DemoWords load(DemoOptions options) {
        Properties p = properties("township.properties");
        options.township().ifPresent(t -> {
            p.setProperty("township.code", t.code());
            p.setProperty("township.name", t.name());
        });
        return new DemoWords(p);
    }

    /** The townships of the demo county, in order: code and name. */
    static List<String[]> countyTownships() {
        return rows("county-townships.txt");
    }

    String word(String key) {
        String value = township.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("demo word missing: " + key);
        }
        return value;
    }

    String format(String key, Object... args) {
        return new MessageFormat(word(key), Locale.ROOT).format(args);
    }

    /** Chinese numerals for one to ten; beyond ten the digits. */
    String numeral(int n) {
        return n >= 1 && n <= numerals.size() ? numerals.get(n - 1) : Integer.toString(n);
    }

    private static Properties properties(String name) {
        Properties p = new Properties();
        try (InputStream in = open(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    String[] cols = l.split("\\|");
                    for (int i = 0; i < cols.length; i++) {
                        cols[i] = cols[i].strip();
                    }
                    rows.add(cols);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }

    /** The second column of the rows whose first column is {@code key}. */
    static List<String> matching(List<String[]> rows, String key) {
        return rows.stream().filter(r -> r[0].equals(key)).map(r -> r[1]).toList();
    }

    private static List<String> column(List<String[]> rows) {
        return rows.stream().map(r -> r[0]).toList();
    }

    private static InputStream open(String name) {
        InputStream in = DemoWords.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("demo resource missing: " + name);
        }
        return in;
    }

    /** Entries drawn in proportion to an integer weight in the second column. */
    static final class Weighted<T> {
        private final List<T> values;
        private final int[] cumulative;

        private Weighted(List<T> values, int[] cumulative) {
            this.values = values;
            this.cumulative = cumulative;
        }

        static Weighted<String> of(List<String[]> rows) {
            List<String> values = new ArrayList<>();
            int[] cumulative = new int[rows.size()];
            int sum = 0;
            for (int i = 0; i < rows.size(); i++) {
                values.add(rows.get(i)[0]);
                sum += Integer.parseInt(rows.get(i)[1]);
                cumulative[i] = sum;
            }
            return new Weighted<>(values, cumulative);
        }

        T draw(java.util.Random random) {
            int x = random.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; i < cumulative.length; i++) {
                if (x < cumulative[i]) {
                    return values.get(i);
                }
            }
            throw new IllegalStateException();
        }
    }
}
