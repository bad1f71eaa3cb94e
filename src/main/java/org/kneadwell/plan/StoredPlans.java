package org.kneadwell.plan;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored treatment plans; every change checks the version it read, so two edits cannot silently overwrite. */
@Repository
class StoredPlans {

    private static final String COLUMNS = "id, public_id, patient_id, therapist_id, therapist_name, status, goals, "
            + "techniques, session_minutes, every_days, session_count, questionnaire_weeks, rating_weeks, self_care, "
            + "exercise, created_at, created_by, "
            + "activated_at, activated_by, completed_at, completed_by, version";

    private final JdbcClient jdbc;

    StoredPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TreatmentPlan insert(TreatmentPlan plan) {
        PlanContent c = plan.content();
        jdbc.sql("""
                insert into treatment_plan (public_id, patient_id, therapist_id, therapist_name, status, goals,
                    techniques, session_minutes, every_days, session_count, questionnaire_weeks, rating_weeks,
                    self_care, exercise, created_at, created_by, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(plan.publicId(), plan.patientId(), plan.therapistId(), plan.therapistName(),
                        plan.status().name(), codes(c.goals()), codes(c.techniques()), c.dose().sessionMinutes(),
                        c.dose().everyDays(), c.dose().sessions(), c.measuring().questionnaireWeeks(),
                        c.measuring().ratingWeeks(), c.selfCare(), c.exercise(), utc(plan.created().at()),
                        plan.created().by())
                .update();
        return find(plan.patientId(), plan.publicId()).orElseThrow();
    }

    /** Stores the plan's new state; false if someone else changed it since it was read. */
    boolean update(TreatmentPlan plan) {
        PlanContent c = plan.content();
        return jdbc.sql("""
                update treatment_plan set status = ?, goals = ?, techniques = ?, session_minutes = ?, every_days = ?,
                    session_count = ?, questionnaire_weeks = ?, rating_weeks = ?, self_care = ?, exercise = ?,
                    activated_at = ?, activated_by = ?,
                    completed_at = ?, completed_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(plan.status().name(), codes(c.goals()), codes(c.techniques()), c.dose().sessionMinutes(),
                        c.dose().everyDays(), c.dose().sessions(), c.measuring().questionnaireWeeks(),
                        c.measuring().ratingWeeks(), c.selfCare(), c.exercise(),
                        plan.activated() == null ? null : utc(plan.activated().at()),
                        plan.activated() == null ? null : plan.activated().by(),
                        plan.completed() == null ? null : utc(plan.completed().at()),
                        plan.completed() == null ? null : plan.completed().by(), plan.id(), plan.version())
                .update() == 1;
    }

    Optional<TreatmentPlan> find(UUID patientId, UUID planId) {
        return jdbc.sql("select " + COLUMNS + " from treatment_plan where patient_id = ? and public_id = ?")
                .params(patientId, planId).query(StoredPlans::map).optional();
    }

    /**
     * Locks all the patient's plans until the transaction ends, so two activations for one patient run one after
     * the other and the second sees the first (at most one active plan, on H2 and PostgreSQL alike).
     */
    void lockForPatient(UUID patientId) {
        jdbc.sql("select id from treatment_plan where patient_id = ? order by id for update").param(patientId)
                .query(Long.class).list();
    }

    /** Newest first. */
    List<TreatmentPlan> forPatient(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from treatment_plan where patient_id = ? order by created_at desc, id desc")
                .param(patientId).query(StoredPlans::map).list();
    }

    private static String codes(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> List<E> parse(String csv, Class<E> type) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(code -> Enum.valueOf(type, code)).toList();
    }

    private static Stamp stamp(ResultSet rs, String prefix) throws SQLException {
        Instant at = instant(rs, prefix + "_at");
        return at == null ? null : new Stamp(rs.getObject(prefix + "_by", UUID.class), at);
    }

    private static TreatmentPlan map(ResultSet rs, int row) throws SQLException {
        PlanContent content = new PlanContent(parse(rs.getString("goals"), Goal.class),
                parse(rs.getString("techniques"), Technique.class),
                new Dose(rs.getInt("session_minutes"), rs.getInt("every_days"), rs.getInt("session_count")),
                rs.getString("self_care"), rs.getString("exercise"),
                new Measuring(rs.getInt("questionnaire_weeks"), rs.getInt("rating_weeks")));
        return new TreatmentPlan(rs.getLong("id"), rs.getObject("public_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("therapist_id", UUID.class),
                rs.getString("therapist_name"), PlanStatus.valueOf(rs.getString("status")), content,
                stamp(rs, "created"), stamp(rs, "activated"), stamp(rs, "completed"), rs.getInt("version"));
    }
}
