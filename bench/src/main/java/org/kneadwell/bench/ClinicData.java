package org.kneadwell.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The clinic every workload reads: {@link Scale#patients()} patients, each a copy of one of the demo
 * patients' stories in turn (nothing restricted, restricted, clearance needed or approved, on hold,
 * emergency, an intake half done, safety over time; plans and appointments where the demo has them), on the
 * caseload of one of {@link Scale#therapists()} therapists (100 each) and supervised by one of
 * {@link Scale#clinicians()} clinicians.
 */
final class ClinicData implements DataPart {

    static final String THERAPISTS = "bench.therapist.";
    static final String CLINICIANS = "bench.clinician.";

    @Override
    public String name() {
        return "clinic (W2)";
    }

    @Override
    public void generate(Connection db, Scale scale) throws SQLException {
        Stories.prepare(db);
        Stories.addStaff(db, "THERAPIST", THERAPISTS, scale.therapists(), null);
        Stories.addStaff(db, "CLINICIAN", CLINICIANS, scale.clinicians(), null);
        int templates = Stories.demoPatients(db);
        int t = scale.therapists();
        Stories.exec(db, """
                insert into bench_patient (i, tpl, therapist, clinician, rank, with_appointments)
                select g, d.public_id, ? || ((g - 1) % ? + 1) || '@bench.kneadwell.org',
                       ? || ((g - 1) % ? + 1) || '@bench.kneadwell.org', (g - 1) / ?, true
                from generate_series(1, ?) g join demo_patient d on d.n = (g - 1) % ?""",
                THERAPISTS, t, CLINICIANS, scale.clinicians(), t, scale.patients(), templates);
        Stories.copyNewPatients(db);
    }
}
