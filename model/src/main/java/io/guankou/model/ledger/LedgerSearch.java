package io.guankou.model.ledger;

import io.guankou.model.person.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Search-as-you-type over the whole ledger in memory (issue 2: smooth with 100,000 persons).
 *
 * <p>Lower-cased search keys are built once here, so a keystroke costs one linear pass of
 * {@code indexOf} over compact arrays: no regex, no allocation per row. Text matches a substring of the
 * name, the resident ID (case-insensitive, so "x" finds "…123X") or the phone; a query of digits,
 * spaces and dashes also matches the phone with its own spaces and dashes ignored.
 * Results keep the input order. Instances are immutable and safe to share between threads;
 * {@link #replacing} and {@link #without} return new ones for edits.
 */
public final class LedgerSearch {

    private final LedgerEntry[] entries;
    private final String[] names;
    private final String[] ids;
    private final String[] phones;
    private final String[] phoneDigits;

    public LedgerSearch(List<LedgerEntry> entries) {
        int n = entries.size();
        this.entries = new LedgerEntry[n];
        this.names = new String[n];
        this.ids = new String[n];
        this.phones = new String[n];
        this.phoneDigits = new String[n];
        int i = 0;
        for (LedgerEntry e : entries) {
            set(i++, Objects.requireNonNull(e, "entry"));
        }
    }

    private LedgerSearch(LedgerEntry[] entries, String[] names, String[] ids, String[] phones, String[] phoneDigits) {
        this.entries = entries;
        this.names = names;
        this.ids = ids;
        this.phones = phones;
        this.phoneDigits = phoneDigits;
    }

    private void set(int i, LedgerEntry e) {
        entries[i] = e;
        names[i] = key(e.name());
        ids[i] = key(e.residentId());
        phones[i] = key(e.phone());
        String digits = digitsOnly(e.phone());
        // most phones have no separators: share the string rather than keep 100,000 copies
        phoneDigits[i] = digits.equals(phones[i]) ? phones[i] : digits;
    }

    public int size() {
        return entries.length;
    }

    /** All entries in input order. */
    public List<LedgerEntry> entries() {
        return Collections.unmodifiableList(Arrays.asList(entries));
    }

    /** The entries that match every part of the query, in input order. */
    public List<LedgerEntry> filter(LedgerQuery q) {
        Objects.requireNonNull(q, "query");
        String text = q.text() == null ? "" : key(q.text());
        String digits = isPhoneLike(text) ? digitsOnly(text) : null;
        Long villageId = q.villageId();
        Long gridId = q.gridId();
        Tier tier = q.tier();
        Long teamId = q.teamId();

        List<LedgerEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            LedgerEntry e = entries[i];
            if (villageId != null && e.villageId() != villageId) {
                continue;
            }
            if (gridId != null && !gridId.equals(e.gridId())) {
                continue;
            }
            if (teamId != null && !teamId.equals(e.teamId())) {
                continue;
            }
            if (tier != null && e.tier() != tier) {
                continue;
            }
            if (!text.isEmpty() && !matchesText(i, text, digits)) {
                continue;
            }
            out.add(e);
        }
        return Collections.unmodifiableList(out);
    }

    private boolean matchesText(int i, String text, String digits) {
        return names[i].contains(text)
                || ids[i].contains(text)
                || phones[i].contains(text)
                || (digits != null && !digits.isEmpty() && phoneDigits[i].contains(digits));
    }

    /** A new search with the row of {@code updated.personId()} replaced in place, or appended if absent. */
    public LedgerSearch replacing(LedgerEntry updated) {
        Objects.requireNonNull(updated, "updated");
        int at = indexOf(updated.personId());
        if (at < 0) {
            int n = entries.length;
            LedgerSearch copy = new LedgerSearch(Arrays.copyOf(entries, n + 1), Arrays.copyOf(names, n + 1),
                    Arrays.copyOf(ids, n + 1), Arrays.copyOf(phones, n + 1), Arrays.copyOf(phoneDigits, n + 1));
            copy.set(n, updated);
            return copy;
        }
        LedgerSearch copy = new LedgerSearch(entries.clone(), names.clone(), ids.clone(), phones.clone(),
                phoneDigits.clone());
        copy.set(at, updated);
        return copy;
    }

    /** A new search without the row of {@code personId} (e.g. after the person left the ledger). */
    public LedgerSearch without(long personId) {
        int at = indexOf(personId);
        if (at < 0) {
            return this;
        }
        return new LedgerSearch(remove(entries, at), remove(names, at), remove(ids, at), remove(phones, at),
                remove(phoneDigits, at));
    }

    private int indexOf(long personId) {
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].personId() == personId) {
                return i;
            }
        }
        return -1;
    }

    private static <T> T[] remove(T[] a, int at) {
        T[] out = Arrays.copyOf(a, a.length - 1);
        System.arraycopy(a, at + 1, out, at, a.length - at - 1);
        return out;
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isPhoneLike(String text) {
        boolean anyDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
            } else if (c != ' ' && c != '-' && c != '+') {
                return false;
            }
        }
        return anyDigit;
    }

    private static String digitsOnly(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
