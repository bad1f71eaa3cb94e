package org.kneadwell.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * W1's data (issue 12): two years of pain history for every generated patient, written the way the app writes
 * it (V17): {@link #DIARY_PER_PATIENT} diary entries each ({@code pain_diary_entry} plus its NPRS
 * {@code measurement} row, recorded by the patient's therapist), so 10,000 patients hold 5 million measurement
 * rows; and on top of that two chosen patients on therapist 1's caseload with signed sessions' pain before
 * (NPRS) and after (NPRS_AFTER_SESSION): bench patient {@link #FEW_SESSIONS_PATIENT} with {@link #FEW_SESSIONS}
 * sessions and bench patient {@link #manySessionsPatient} with {@link #MANY_SESSIONS}. Session rows carry a
 * generated appointment id; the appointments themselves are not generated (nothing reads them back here).
 * Everything is multi-row {@code insert ... select} from {@code generate_series}, in the part's transaction.
 */
final class MeasurementData implements DataPart {

    static final int DIARY_PER_PATIENT = 500;
    static final int FEW_SESSIONS = 10;
    static final int MANY_SESSIONS = 1000;
    /** bench_patient.i of the two chosen patients; i = 1 + therapists is therapist 1's too (ClinicData deals them round). */
    static final int FEW_SESSIONS_PATIENT = 1;

    static int manySessionsPatient(Scale scale) {
        return 1 + scale.therapists();
    }

    @Override
    public String name() {
        return "measurements (W1)";
    }

    @Override
    public void generate(Connection db, Scale scale) throws SQLException {
        // diary: entry k of n is (k - 1) * 730/n days after two years ago (the newest before now);
        // pain a deterministic 0..10 per (patient, k)
        Stories.exec(db, """
                create temp table bench_diary as
                select md5(b.public_id::text || ':diary:' || k)::uuid as public_id, b.public_id as patient_id,
                       abs(hashtext(b.public_id::text || ':' || k)) % 11 as pain,
                       now() - interval '730 days' + ((k - 1) * 730.0 / ?) * interval '1 day' as effective_at,
                       s.account_uuid as recorded_by
                from bench_patient b join bench_staff s on s.email = b.therapist cross join generate_series(1, ?) k""",
                DIARY_PER_PATIENT, DIARY_PER_PATIENT);
        Stories.exec(db, """
                insert into pain_diary_entry (public_id, patient_id, pain, note, flare_up, red_flags, effective_at,
                    recorded_at, recorded_by)
                select public_id, patient_id, pain, null, pain >= 8, null, effective_at, effective_at, recorded_by
                from bench_diary""");
        Stories.exec(db, """
                insert into measurement (patient_id, code, quantity, unit, effective_at, source, diary_id)
                select patient_id, 'NPRS', pain, '{score}', effective_at, 'THERAPIST', public_id from bench_diary""");
        Stories.exec(db, "drop table bench_diary");
        sessions(db, FEW_SESSIONS_PATIENT, FEW_SESSIONS);
        sessions(db, manySessionsPatient(scale), MANY_SESSIONS);
    }

    /** {@code count} sessions spread over two years, each with pain before and after (after = before - 2, at 0 least). */
    private static void sessions(Connection db, int patient, int count) throws SQLException {
        for (String[] code : new String[][] { { "NPRS", "0" }, { "NPRS_AFTER_SESSION", "2" } }) {
            Stories.exec(db, """
                    insert into measurement (patient_id, code, quantity, unit, effective_at, source, appointment_id,
                        techniques)
                    select b.public_id, ?, greatest(0, 3 + abs(hashtext(b.public_id::text || ':s:' || k)) % 6 - ?),
                           '{score}', now() - interval '730 days' + ((k - 1) * 730.0 / ?) * interval '1 day' + interval '7 hours',
                           'SESSION', md5(b.public_id::text || ':session:' || k)::uuid, 'SWEDISH'
                    from bench_patient b cross join generate_series(1, ?) k where b.i = ?""",
                    code[0], Integer.parseInt(code[1]), count, count, patient);
        }
    }
}
