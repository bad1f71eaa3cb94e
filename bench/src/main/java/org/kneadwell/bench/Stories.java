package org.kneadwell.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Builds generated staff and patients by copying what the application itself wrote for the demo clinic, so
 * every row is one the app reads back exactly as it reads its own: a generated patient is a copy of one demo
 * patient's story (their intakes, screening results with the stored input and schema version, clearance
 * requests and decisions, treatment plans and appointments), re-keyed to the copy and to the copy's care team.
 *
 * <p>Ids: copy {@code i} of a template row gets {@code id + i * 1000} (the demo has far fewer than 1000 rows in
 * each table) and public id {@code md5(public_id || ':' || i)} as a UUID, so references between copied rows
 * are re-keyed without lookups. Works in temporary tables of the generator's connection.
 */
final class Stories {

    static final String PASSWORD = "demo-kneadwell";
    static final String THERAPIST_TEMPLATE = "therapist@demo.kneadwell.org";
    static final String CLINICIAN_TEMPLATE = "clinician@demo.kneadwell.org";
    static final int STRIDE = 1000;

    private Stories() {
    }

    /** The demo rows every copy is made from; idempotent (the first part to run takes them). */
    static void prepare(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("""
                    create temp table if not exists demo_patient as
                    select public_id, given_name, (row_number() over (order by id) - 1)::int as n from patient""");
            s.execute("""
                    create temp table if not exists demo_role as select public_id, role from account""");
            s.execute("""
                    create temp table if not exists bench_staff (email varchar(254) primary key, account_id bigint,
                        account_uuid uuid, profile_uuid uuid, name varchar(200))""");
            s.execute("""
                    create temp table if not exists bench_patient (i int primary key, tpl uuid not null,
                        therapist varchar(254) not null, clinician varchar(254) not null, rank int not null,
                        with_appointments boolean not null, id bigint, public_id uuid, done boolean not null default false)""");
            for (String table : List.of("patient", "intake", "screening_result", "clearance_request",
                    "clearance_decision", "treatment_plan", "appointment")) {
                String key = table.equals("patient") ? "public_id" : "patient_id";
                try (var rs = s.executeQuery("select coalesce(max(id), 0) from " + table + " where " + key
                        + " in (select public_id from demo_patient)")) {
                    rs.next();
                    if (rs.getLong(1) >= STRIDE) {
                        throw new IllegalStateException("the template's " + table + " ids reach the copy stride");
                    }
                }
            }
        }
    }

    static int demoPatients(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); var rs = s.executeQuery("select count(*) from demo_patient")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Adds {@code count} active staff accounts {@code emailPrefix + k + "@bench.kneadwell.org"} (k from 1) with the
     * demo password, copying the demo therapist's or clinician's account. Therapists get a profile copied from the
     * demo therapist's (verified credential, techniques, location), with her weekly hours and breaks, or with
     * {@code everyDayHours} (e.g. "08:00-20:00" every day, no breaks, no buffer) when given.
     */
    static void addStaff(Connection db, String role, String emailPrefix, int count, String everyDayHours)
            throws SQLException {
        String template = role.equals("THERAPIST") ? THERAPIST_TEMPLATE : CLINICIAN_TEMPLATE;
        String label = role.equals("THERAPIST") ? "Therapist " : "Dr Clinician ";
        exec(db, """
                insert into account (public_id, email, display_name, role, status, password_hash, totp_secret, created_at,
                    activated_at)
                select gen_random_uuid(), ? || g || '@bench.kneadwell.org', 'Bench ' || ? || g, t.role, 'ACTIVE',
                    t.password_hash, t.totp_secret, now(), now()
                from generate_series(1, ?) g, account t where t.email = ?""", emailPrefix, label, count, template);
        exec(db, """
                insert into bench_staff (email, account_id, account_uuid, name)
                select email, id, public_id, display_name from account where email like ? || '%@bench.kneadwell.org'
                on conflict (email) do nothing""", emailPrefix);
        if (!role.equals("THERAPIST")) {
            return;
        }
        exec(db, """
                insert into therapist_profile (public_id, account_id, registration_number, issuing_body, jurisdiction,
                    credential_expires_on, verified_at, verified_by, chronic_back_pain_years, languages, bio,
                    accessibility_notes, buffer_minutes)
                select gen_random_uuid(), s.account_id, 'BENCH-' || s.account_id, m.issuing_body, m.jurisdiction,
                    m.credential_expires_on, m.verified_at, m.verified_by, m.chronic_back_pain_years, m.languages, m.bio,
                    m.accessibility_notes, case when ? then 0 else m.buffer_minutes end
                from bench_staff s, therapist_profile m join account ma on ma.id = m.account_id and ma.email = ?
                where s.email like ? || '%' and s.profile_uuid is null""",
                everyDayHours != null, THERAPIST_TEMPLATE, emailPrefix);
        exec(db, """
                update bench_staff s set profile_uuid = p.public_id from therapist_profile p
                where p.account_id = s.account_id and s.profile_uuid is null""");
        String newProfiles = """
                from bench_staff s join therapist_profile p on p.account_id = s.account_id
                join (select m.* from therapist_profile m join account ma on ma.id = m.account_id and ma.email = '%s') m
                  on true
                where s.email like ? || '%%'""".formatted(THERAPIST_TEMPLATE);
        exec(db, "insert into therapist_technique (profile_id, technique) select p.id, t.technique " + newProfiles.replace(
                "on true", "on true join therapist_technique t on t.profile_id = m.id"), emailPrefix);
        exec(db, "insert into therapist_location (profile_id, location_id) select p.id, l.location_id " + newProfiles.replace(
                "on true", "on true join therapist_location l on l.profile_id = m.id"), emailPrefix);
        if (everyDayHours == null) {
            exec(db, "insert into working_hours (public_id, profile_id, location_id, day_of_week, start_time, end_time) "
                    + "select gen_random_uuid(), p.id, h.location_id, h.day_of_week, h.start_time, h.end_time "
                    + newProfiles.replace("on true", "on true join working_hours h on h.profile_id = m.id"), emailPrefix);
            exec(db, "insert into availability_break (public_id, profile_id, day_of_week, start_time, end_time) "
                    + "select gen_random_uuid(), p.id, b.day_of_week, b.start_time, b.end_time "
                    + newProfiles.replace("on true", "on true join availability_break b on b.profile_id = m.id"), emailPrefix);
        } else {
            String[] hours = everyDayHours.split("-");
            exec(db, "insert into working_hours (public_id, profile_id, location_id, day_of_week, start_time, end_time) "
                    + "select gen_random_uuid(), p.id, (select min(location_id) from therapist_location where profile_id = m.id), "
                    + "d, cast(? as time), cast(? as time) "
                    + newProfiles.replace("on true", "on true cross join generate_series(1, 7) d"),
                    hours[0], hours[1], emailPrefix);
        }
    }

    /** Copies the stories of the bench_patient rows not copied yet (see the class comment). */
    static void copyNewPatients(Connection db) throws SQLException {
        String nu = "md5(%s::text || ':' || b.i)::uuid";
        String from = """
                from bench_patient b join bench_staff t on t.email = b.therapist join bench_staff c on c.email = b.clinician
                join %s x on x.patient_id = b.tpl where not b.done""";
        exec(db, """
                insert into patient (id, public_id, given_name, family_name, date_of_birth, email, phone,
                    emergency_contact_name, emergency_contact_phone, preferred_language, referral_note, account_id,
                    created_at, created_by)
                select p.id + b.i * 1000, md5(p.public_id::text || ':' || b.i)::uuid, p.given_name, p.family_name || ' ' || b.i,
                    p.date_of_birth - (b.i % 3650), case when p.email is null then null else 'patient.' || b.i || '@bench.example.org' end,
                    p.phone, p.emergency_contact_name, p.emergency_contact_phone, p.preferred_language, p.referral_note,
                    null, now(), p.created_by
                from bench_patient b join patient p on p.public_id = b.tpl where not b.done""");
        exec(db, """
                update bench_patient b set id = p.id, public_id = p.public_id
                from patient p where p.public_id = md5(b.tpl::text || ':' || b.i)::uuid and not b.done""");
        exec(db, """
                insert into care_team_member (patient_id, account_id, team_role, added_at, added_by)
                select b.id, s.account_id, r.team_role, now(), (select min(id) from account where role = 'ADMIN')
                from bench_patient b
                cross join lateral (values (b.therapist, 'THERAPIST'), (b.clinician, 'CLINICIAN')) r(email, team_role)
                join bench_staff s on s.email = r.email where not b.done""");
        exec(db, ("""
                insert into intake (id, public_id, patient_id, status, answers, started_at, started_by, updated_at,
                    submitted_at, submitted_by, emergency_alerted_at)
                select x.id + b.i * 1000, %s, b.public_id, x.status, x.answers, x.started_at, %s, x.updated_at,
                    x.submitted_at, %s, x.emergency_alerted_at
                """ + from).formatted(nu.formatted("x.public_id"), actor("x.started_by"), actor("x.submitted_by"), "intake"));
        exec(db, ("""
                insert into screening_result (id, public_id, patient_id, intake_id, policy_version, tier, massage_on_hold,
                    clearance_required, chronic, result, created_at, input, schema_version)
                select x.id + b.i * 1000, %s, b.public_id, x.intake_id + b.i * 1000, x.policy_version, x.tier,
                    x.massage_on_hold, x.clearance_required, x.chronic, x.result, x.created_at, x.input, x.schema_version
                """ + from).formatted(nu.formatted("x.public_id"), "screening_result"));
        exec(db, ("""
                insert into clearance_request (id, public_id, patient_id, screening_id, tier, status, origin, note,
                    requested_by, requested_at, closed_at)
                select x.id + b.i * 1000, %s, b.public_id, x.screening_id + b.i * 1000, x.tier, x.status, x.origin, x.note,
                    %s, x.requested_at, x.closed_at
                """ + from).formatted(nu.formatted("x.public_id"), actor("x.requested_by"), "clearance_request"));
        exec(db, ("""
                insert into clearance_decision (id, public_id, request_id, patient_id, decision, reason, scope, valid_until,
                    decided_on, decided_at, decided_by, clinician_name, expiry_warned_at, expired_warned_at, screening_id)
                select x.id + b.i * 1000, %s, x.request_id + b.i * 1000, b.public_id, x.decision, x.reason, x.scope,
                    x.valid_until, x.decided_on, x.decided_at, c.account_uuid, c.name, x.expiry_warned_at,
                    x.expired_warned_at, x.screening_id + b.i * 1000
                """ + from).formatted(nu.formatted("x.public_id"), "clearance_decision"));
        exec(db, ("""
                insert into treatment_plan (id, public_id, patient_id, therapist_id, therapist_name, status, goals,
                    techniques, session_minutes, every_days, session_count, self_care, exercise, created_at, created_by,
                    activated_at, activated_by, completed_at, completed_by, version)
                select x.id + b.i * 1000, %s, b.public_id, t.account_uuid, t.name, x.status, x.goals, x.techniques,
                    x.session_minutes, x.every_days, x.session_count, x.self_care, x.exercise, x.created_at, %s,
                    x.activated_at, %s, x.completed_at, %s, x.version
                """ + from).formatted(nu.formatted("x.public_id"), actor("x.created_by"), actor("x.activated_by"),
                actor("x.completed_by"), "treatment_plan"));
        // A therapist's copies are spread 61 minutes apart by their rank in the caseload (past sessions further
        // back, future ones further on). Copies of two different demo stories can still meet (the demo's sessions
        // sit at times of day that depend on when it was seeded): the exclusion constraints then skip the later copy.
        exec(db, """
                insert into appointment (id, public_id, patient_id, therapist_id, location_id, plan_id, series_id, technique,
                    starts_at, ends_at, status, cancel_reason, cancelled_at, late_cancellation, reminder_sent_at,
                    created_at, created_by, blocked_reason, blocked_at, rebook_reason, rebook_marked_at)
                select x.id + b.i * 1000, %s, b.public_id, t.profile_uuid, x.location_id, %s, %s, x.technique,
                    x.starts_at + shift.by, x.ends_at + shift.by, x.status, x.cancel_reason, x.cancelled_at,
                    x.late_cancellation, x.reminder_sent_at, x.created_at, %s, x.blocked_reason, x.blocked_at,
                    x.rebook_reason, x.rebook_marked_at
                from bench_patient b join bench_staff t on t.email = b.therapist join bench_staff c on c.email = b.clinician
                join appointment x on x.patient_id = b.tpl
                cross join lateral (select (case when x.starts_at < now() then -1 else 1 end) * b.rank
                                           * interval '61 minutes' as by) shift
                where not b.done and b.with_appointments
                on conflict do nothing"""
                .formatted(nu.formatted("x.public_id"), "case when x.plan_id is null then null else "
                        + nu.formatted("x.plan_id") + " end", "case when x.series_id is null then null else "
                        + nu.formatted("x.series_id") + " end", actor("x.created_by")));
        exec(db, "update bench_patient set done = true where not done");
    }

    /** A demo actor re-keyed to the copy's care team: clinicians to its clinician, admins kept, others to its therapist. */
    private static String actor(String column) {
        return ("case when %1$s is null then null when (select role from demo_role r where r.public_id = %1$s) = 'CLINICIAN' "
                + "then c.account_uuid when (select role from demo_role r where r.public_id = %1$s) = 'ADMIN' then %1$s "
                + "else t.account_uuid end").formatted(column);
    }

    static int exec(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}
