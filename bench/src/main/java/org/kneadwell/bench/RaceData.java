package org.kneadwell.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * W3's contenders: one therapist who works 08:00-20:00 every day (no breaks, no buffer) and
 * {@link #PATIENTS} patients on her caseload, each a copy of the demo's "nothing restricted" patient
 * (a screen that allows Swedish massage, no clearance needed) without appointments.
 */
final class RaceData implements DataPart {

    static final String THERAPIST = "bench.race.";
    static final String THERAPIST_EMAIL = THERAPIST + "1@bench.kneadwell.org";
    static final int PATIENTS = 1000;
    static final int FIRST_HOUR = 8;
    static final int LAST_HOUR = 20;
    /** Copy numbers of the race patients start here, past any clinic size. */
    static final int FIRST_COPY = 1_000_000;

    @Override
    public String name() {
        return "booking race (W3)";
    }

    @Override
    public void generate(Connection db, Scale scale) throws SQLException {
        Stories.prepare(db);
        Stories.addStaff(db, "THERAPIST", THERAPIST, 1, "%02d:00-%02d:00".formatted(FIRST_HOUR, LAST_HOUR));
        Stories.exec(db, """
                insert into bench_patient (i, tpl, therapist, clinician, rank, with_appointments)
                select ? + g, (select p.public_id from patient p join account a on a.id = p.account_id
                               where a.email = 'patient@demo.kneadwell.org'),
                       ?, ? || '1@bench.kneadwell.org', g, false
                from generate_series(1, ?) g""", FIRST_COPY, THERAPIST_EMAIL, ClinicData.CLINICIANS, PATIENTS);
        Stories.copyNewPatients(db);
    }
}
