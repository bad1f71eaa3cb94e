package org.kneadwell.patient;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored patient records, and the searches the access policy scopes. */
@Repository
class Patients {

    private static final String COLUMNS = "p.id, p.public_id, p.given_name, p.family_name, p.date_of_birth, p.email, "
            + "p.phone, p.emergency_contact_name, p.emergency_contact_phone, p.preferred_language, p.referral_note, "
            + "p.account_id, p.created_at";
    static final int SEARCH_LIMIT = 200;

    private final JdbcClient jdbc;

    Patients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Patient> byPublicId(UUID publicId) {
        return jdbc.sql("select " + COLUMNS + " from patient p where p.public_id = ?").param(publicId)
                .query(Patients::map).optional();
    }

    /** A patient found with their account's status (null without one) and care team, in one round trip. */
    record Charted(Patient patient, String accountStatus, List<CareTeamMember> careTeam) {
    }

    /**
     * The patient, their account's status and their care team (ordered as {@link CareTeams#of}) in one query: the
     * chart and the API's patient read are the hottest reads, and each round trip costs both sides CPU.
     */
    Optional<Charted> charted(UUID publicId) {
        return jdbc.sql("select " + COLUMNS + """
                , acc.status as account_status, m.account_id as member_id, ma.public_id as member_public_id,
                  ma.display_name as member_name, m.team_role, m.added_at
                from patient p
                left join account acc on acc.id = p.account_id
                left join care_team_member m on m.patient_id = p.id
                left join account ma on ma.id = m.account_id
                where p.public_id = ?
                order by m.team_role, ma.display_name""")
                .param(publicId)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<Charted>empty();
                    }
                    Patient patient = map(rs, 0);
                    String accountStatus = rs.getString("account_status");
                    List<CareTeamMember> team = new ArrayList<>();
                    do {
                        if (rs.getObject("member_id") != null) {
                            team.add(CareTeams.member(rs.getLong("member_id"), rs.getObject("member_public_id", UUID.class),
                                    rs.getString("member_name"), rs.getString("team_role"), instant(rs, "added_at")));
                        }
                    } while (rs.next());
                    return Optional.of(new Charted(patient, accountStatus, List.copyOf(team)));
                });
    }

    Optional<Patient> byAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from patient p where p.account_id = ?").param(accountId)
                .query(Patients::map).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from patient").query(Long.class).single();
    }

    /** Public ids in key order after the patient with {@code after} (from the first when null). */
    List<UUID> publicIdsAfter(UUID after, int size) {
        return after == null
                ? jdbc.sql("select public_id from patient order by id limit ?").param(size).query(UUID.class).list()
                : jdbc.sql("select public_id from patient where id > (select id from patient where public_id = ?)"
                        + " order by id limit ?").params(after, size).query(UUID.class).list();
    }

    long insert(UUID publicId, PatientDetails d, long createdBy, Instant now) {
        jdbc.sql("""
                insert into patient (public_id, given_name, family_name, date_of_birth, email, phone, emergency_contact_name,
                                     emergency_contact_phone, preferred_language, referral_note, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(publicId, d.givenName(), d.familyName(), d.dateOfBirth(), d.email(), d.phone(),
                        d.emergencyContactName(), d.emergencyContactPhone(), d.preferredLanguage(), d.referralNote(),
                        utc(now), createdBy)
                .update();
        return byPublicId(publicId).orElseThrow().id();
    }

    void update(long id, PatientDetails d) {
        jdbc.sql("""
                update patient set given_name = ?, family_name = ?, date_of_birth = ?, email = ?, phone = ?,
                       emergency_contact_name = ?, emergency_contact_phone = ?, preferred_language = ?, referral_note = ?
                where id = ?""")
                .params(d.givenName(), d.familyName(), d.dateOfBirth(), d.email(), d.phone(), d.emergencyContactName(),
                        d.emergencyContactPhone(), d.preferredLanguage(), d.referralNote(), id)
                .update();
    }

    void unlinkAccount(long patientId) {
        jdbc.sql("update patient set account_id = null where id = ?").param(patientId).update();
    }

    void linkAccount(long patientId, long accountId) {
        jdbc.sql("update patient set account_id = ? where id = ? and account_id is null").params(accountId, patientId)
                .update();
    }

    /**
     * Patients matching a name fragment or a date of birth. {@code careTeamOf} limits the search to one
     * account's care teams; {@code null} searches the whole clinic (admins, for administration).
     */
    List<Patient> search(String name, LocalDate dateOfBirth, Long careTeamOf) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from patient p where 1 = 1");
        var params = new java.util.ArrayList<Object>();
        if (careTeamOf != null) {
            sql.append(" and exists (select 1 from care_team_member m where m.patient_id = p.id and m.account_id = ?)");
            params.add(careTeamOf);
        }
        if (dateOfBirth != null) {
            sql.append(" and p.date_of_birth = ?");
            params.add(dateOfBirth);
        } else if (name != null && !name.isBlank()) {
            String like = "%" + name.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (lower(p.family_name) like ? escape '\\' or lower(p.given_name) like ? escape '\\'"
                    + " or lower(p.given_name || ' ' || p.family_name) like ? escape '\\')");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        sql.append(" order by p.family_name, p.given_name, p.id limit " + SEARCH_LIMIT);
        return jdbc.sql(sql.toString()).params(params).query(Patients::map).list();
    }

    static Patient map(ResultSet rs, int row) throws SQLException {
        PatientDetails details = new PatientDetails(rs.getString("given_name"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("email"), rs.getString("phone"),
                rs.getString("emergency_contact_name"), rs.getString("emergency_contact_phone"),
                rs.getString("preferred_language"), rs.getString("referral_note"));
        return new Patient(rs.getLong("id"), rs.getObject("public_id", UUID.class), details,
                rs.getObject("account_id", Long.class), instant(rs, "created_at"));
    }
}
