package io.guankou.model.familydoctor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Family-doctor contract coverage (DOMAIN.md §1): per group ({@link CoverageGroup}) the persons and those signed,
 * for the township, per village and per family-doctor team (persons without a team in a row of their own), and the
 * unsigned persons for follow-up — those with a comorbidity first (the goal is all of them), then the oldest.
 * Rows with the most unsigned persons with comorbidity come first.
 */
public final class ContractCoverage {

    static final Comparator<ContractPerson> FOLLOW_UP_ORDER = Comparator
            .comparing((ContractPerson p) -> !p.comorbidity())
            .thenComparing(Comparator.comparingInt(ContractPerson::age).reversed())
            .thenComparing(ContractPerson::villageName)
            .thenComparingLong(ContractPerson::personId);

    private ContractCoverage() {
    }

    public static CoverageRow township(List<ContractPerson> persons) {
        return row(null, null, persons);
    }

    public static List<CoverageRow> byVillage(List<ContractPerson> persons) {
        return rows(persons, ContractPerson::villageId, ContractPerson::villageName);
    }

    public static List<CoverageRow> byTeam(List<ContractPerson> persons) {
        return rows(persons, ContractPerson::teamId, ContractPerson::teamName);
    }

    /** Those not signed, in the order to follow them up. */
    public static List<ContractPerson> unsigned(List<ContractPerson> persons) {
        return persons.stream().filter(p -> !p.signed()).sorted(FOLLOW_UP_ORDER).toList();
    }

    private static List<CoverageRow> rows(List<ContractPerson> persons, Function<ContractPerson, Long> id,
                                          Function<ContractPerson, String> name) {
        Map<Long, List<ContractPerson>> groups = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (ContractPerson p : persons) {
            groups.computeIfAbsent(id.apply(p), k -> new ArrayList<>()).add(p);
            names.putIfAbsent(id.apply(p), id.apply(p) == null ? null : name.apply(p));
        }
        List<CoverageRow> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(row(k, names.get(k), v)));
        out.sort(Comparator.comparingInt((CoverageRow r) -> r.count(CoverageGroup.COMORBIDITY).unsigned()).reversed()
                .thenComparing(Comparator.comparingInt((CoverageRow r) -> r.count(CoverageGroup.AGE_60_PLUS)
                        .unsigned()).reversed())
                .thenComparing(r -> r.id() == null ? 1 : 0)
                .thenComparing(CoverageRow::key));
        return List.copyOf(out);
    }

    static CoverageRow row(Long id, String name, List<ContractPerson> persons) {
        List<CoverageCount> counts = new ArrayList<>();
        for (CoverageGroup g : CoverageGroup.values()) {
            int n = 0;
            int signed = 0;
            for (ContractPerson p : persons) {
                if (p.in(g)) {
                    n++;
                    if (p.signed()) {
                        signed++;
                    }
                }
            }
            counts.add(new CoverageCount(g, n, signed));
        }
        return new CoverageRow(id, name, counts);
    }
}
