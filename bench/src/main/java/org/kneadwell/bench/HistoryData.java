package org.kneadwell.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * W4's data (issue 14): a year of history for every generated patient beyond the demo story ClinicData copies,
 * written the way the app writes it (V17): {@link #DIARY_PER_PATIENT} weekly pain diary entries
 * ({@code pain_diary_entry} and its NPRS {@code measurement} row) and {@link #PEG_PER_PATIENT} monthly PEG
 * questionnaires ({@code outcome_response} with three answers 0-10 as a JSON array, e.g. {@code [5,6,4]}, scored as
 * their mean to four decimals, and its PEG {@code measurement} row naming the response). Recorded by the patient's
 * therapist, so source THERAPIST, as the app stores what a therapist enters (generated patients have no account to
 * answer as themselves). 10,000 patients hold 640,000 measurement rows, 520,000 diary entries and 120,000 answer
 * sets. Multi-row {@code insert ... select} from {@code generate_series}, in the part's transaction.
 */
final class HistoryData implements DataPart {

    static final int DIARY_PER_PATIENT = 52;
    static final int PEG_PER_PATIENT = 12;

    @Override
    public String name() {
        return "year of history (W4)";
    }

    @Override
    public void generate(Connection db, Scale scale) throws SQLException {
        // diary: entry k is (k - 1) weeks after 364 days ago, at 08:00 plus the patient's own minute
        Stories.exec(db, """
                create temp table bench_w4_diary as
                select md5(b.public_id::text || ':w4diary:' || k)::uuid as public_id, b.public_id as patient_id,
                       abs(hashtext(b.public_id::text || ':w4:' || k)) % 11 as pain,
                       date_trunc('day', now()) - interval '364 days' + (k - 1) * interval '7 days'
                           + interval '8 hours' + (b.i % 600) * interval '1 minute' as effective_at,
                       s.account_uuid as recorded_by
                from bench_patient b join bench_staff s on s.email = b.therapist cross join generate_series(1, ?) k""",
                DIARY_PER_PATIENT);
        Stories.exec(db, """
                insert into pain_diary_entry (public_id, patient_id, pain, note, flare_up, red_flags, effective_at,
                    recorded_at, recorded_by)
                select public_id, patient_id, pain, null, pain >= 8, null, effective_at, effective_at, recorded_by
                from bench_w4_diary where effective_at < now()""");
        Stories.exec(db, """
                insert into measurement (patient_id, code, quantity, unit, effective_at, source, diary_id)
                select patient_id, 'NPRS', pain, '{score}', effective_at, 'THERAPIST', public_id from bench_w4_diary
                where effective_at < now()""");
        Stories.exec(db, "drop table bench_w4_diary");
        // PEG: answer set k is (k - 1) * 30 days after 360 days ago, at 09:00 plus the patient's own minute
        Stories.exec(db, """
                create temp table bench_w4_peg as
                select md5(b.public_id::text || ':w4peg:' || k)::uuid as public_id, b.public_id as patient_id,
                       abs(hashtext(b.public_id::text || ':peg1:' || k)) % 11 as a1,
                       abs(hashtext(b.public_id::text || ':peg2:' || k)) % 11 as a2,
                       abs(hashtext(b.public_id::text || ':peg3:' || k)) % 11 as a3,
                       date_trunc('day', now()) - interval '360 days' + (k - 1) * interval '30 days'
                           + interval '9 hours' + (b.i % 600) * interval '1 minute' as effective_at,
                       s.account_uuid as recorded_by
                from bench_patient b join bench_staff s on s.email = b.therapist cross join generate_series(1, ?) k""",
                PEG_PER_PATIENT);
        Stories.exec(db, """
                insert into outcome_response (public_id, patient_id, instrument, answers, activities, score, effective_at,
                    recorded_at, recorded_by, source)
                select public_id, patient_id, 'PEG', '[' || a1 || ',' || a2 || ',' || a3 || ']', null,
                       round((a1 + a2 + a3) / 3.0, 4), effective_at, effective_at, recorded_by, 'THERAPIST'
                from bench_w4_peg where effective_at < now()""");
        Stories.exec(db, """
                insert into measurement (patient_id, code, quantity, unit, effective_at, source, response_id)
                select patient_id, 'PEG', round((a1 + a2 + a3) / 3.0, 4), '{score}', effective_at, 'THERAPIST', public_id
                from bench_w4_peg where effective_at < now()""");
        Stories.exec(db, "drop table bench_w4_peg");
    }
}
