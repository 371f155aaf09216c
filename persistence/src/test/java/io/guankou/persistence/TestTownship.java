package io.guankou.persistence;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A tiny township written with plain SQL: two villages, a grid each, a team each, one family-doctor team. */
public final class TestTownship {

    public static final String CODE = "500235124";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final long VILLAGE_1 = 1;
    public static final long VILLAGE_2 = 2;
    public static final long GRID_1 = 1;
    public static final long GRID_2 = 2;
    public static final long TEAM_1 = 1;
    public static final long TEAM_2 = 2;
    public static final long DOCTOR_TEAM = 1;

    private TestTownship() {
    }

    public static Database create(Path file) {
        Database db = Database.open(file);
        db.transaction(dsl -> {
            String meta = "'2026-11-01T00:00:00.000Z', 1, 0";
            dsl.execute("INSERT INTO township (id, global_id, township_code, updated_at, revision, deleted, code, name)"
                    + " VALUES (1, 'a0000000-0000-4000-8000-000000000001', '" + CODE + "', " + meta + ", '" + CODE
                    + "', '平安镇')");
            dsl.execute("INSERT INTO village (id, global_id, township_code, updated_at, revision, deleted, code, name,"
                    + " urban_rural, longitude, latitude) VALUES"
                    + " (1, 'b0000000-0000-4000-8000-000000000001', '" + CODE + "', " + meta
                    + ", '500235124001', '平安社区', '111', 108.716, 30.912),"
                    + " (2, 'b0000000-0000-4000-8000-000000000002', '" + CODE + "', " + meta
                    + ", '500235124200', '龙洞村', '220', 108.688, 30.935)");
            dsl.execute("INSERT INTO responsibility_team (id, global_id, township_code, updated_at, revision, deleted,"
                    + " name, village_id) VALUES"
                    + " (1, 'c0000000-0000-4000-8000-000000000001', '" + CODE + "', " + meta + ", '社区小分队', 1),"
                    + " (2, 'c0000000-0000-4000-8000-000000000002', '" + CODE + "', " + meta + ", '龙洞小分队', 2)");
            dsl.execute("INSERT INTO team_member (id, global_id, township_code, updated_at, revision, deleted,"
                    + " team_id, name, role, phone, medical) VALUES"
                    + " (1, 'e0000000-0000-4000-8000-000000000001', '" + CODE + "', " + meta
                    + ", 1, '王医生', 'VILLAGE_DOCTOR', '10000000001', 1),"
                    + " (2, 'e0000000-0000-4000-8000-000000000002', '" + CODE + "', " + meta
                    + ", 1, '李书记', 'PARTY_SECRETARY', '10000000002', 0)");
            dsl.execute("INSERT INTO grid (id, global_id, township_code, updated_at, revision, deleted, village_id,"
                    + " name, responsibility_team_id) VALUES"
                    + " (1, 'd0000000-0000-4000-8000-000000000001', '" + CODE + "', " + meta + ", 1, '第一网格', 1),"
                    + " (2, 'd0000000-0000-4000-8000-000000000002', '" + CODE + "', " + meta + ", 2, '第一网格', 2)");
            dsl.execute("INSERT INTO facility (id, global_id, township_code, updated_at, revision, deleted, type, name,"
                    + " village_id, duty_phone, fever_clinic, longitude, latitude) VALUES"
                    + " (1, 'f0000000-0000-4000-8000-000000000001', '" + CODE + "', " + meta
                    + ", 'TOWNSHIP_HEALTH_CENTRE', '平安镇中心卫生院', 1, '023-00001234', 1, 108.716, 30.912)");
            dsl.execute("INSERT INTO family_doctor_team (id, global_id, township_code, updated_at, revision, deleted,"
                    + " name, facility_id, leader) VALUES"
                    + " (1, 'f1000000-0000-4000-8000-000000000001', '" + CODE + "', " + meta
                    + ", '家庭医生第一团队', 1, '谭文华')");
            return null;
        });
        return db;
    }

    /** The first column of the first row of a query, as text ("null" when SQL NULL). */
    public static String query(Database db, String sql) {
        Object value = db.<Object>read(dsl -> dsl.fetchValue(sql));
        return String.valueOf(value);
    }

    /** A valid resident ID for the birth date and sex, made distinct by {@code order} (0-99). */
    public static String residentId(LocalDate birth, Sex sex, int order) {
        String first17 = "500235" + birth.toString().replace("-", "") + String.format("%02d", order)
                + (sex == Sex.MALE ? "1" : "2");
        return ResidentIds.withCheckCharacter(first17);
    }

    /** A new (unsaved) 78-year-old woman with stable hypertension, fully vaccinated: yellow by default rules. */
    public static Person.Builder person(String name, int order) {
        LocalDate birth = LocalDate.of(1948, 3, 14);
        return Person.builder()
                .name(name)
                .residentId(residentId(birth, Sex.FEMALE, order))
                .sex(Sex.FEMALE)
                .birthDate(birth)
                .villageId(VILLAGE_1)
                .gridId(GRID_1)
                .responsibilityTeamId(TEAM_1)
                .comorbidities(List.of(new Comorbidity(Disease.HYPERTENSION, Control.STABLE)))
                .vaccination(Vaccination.COMPLETE);
    }
}
