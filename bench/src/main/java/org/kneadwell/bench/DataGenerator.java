package org.kneadwell.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Fills a bench database: runs each {@link DataPart} in one transaction, then moves every identity sequence
 * past the ids the parts chose and refreshes the planner's statistics.
 */
final class DataGenerator {

    /** Tables whose ids the parts choose themselves (template id + copy number x 1000). */
    static final List<String> IDENTITY_TABLES = List.of("account", "patient", "intake", "screening_result",
            "clearance_request", "clearance_decision", "treatment_plan", "appointment", "therapist_profile",
            "working_hours", "availability_break", "api_token", "audit_event");

    private final List<DataPart> parts;

    DataGenerator(List<DataPart> parts) {
        this.parts = parts;
    }

    void generate(Connection db, Scale scale) throws SQLException {
        db.setAutoCommit(false);
        for (DataPart part : parts) {
            long t = System.nanoTime();
            part.generate(db, scale);
            System.out.printf("  data: %-28s %6.1f s%n", part.name(), (System.nanoTime() - t) / 1e9);
        }
        try (Statement s = db.createStatement()) {
            for (String table : IDENTITY_TABLES) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "greatest(1, (select coalesce(max(id), 0) from " + table + ")))");
            }
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze");
        }
    }
}
