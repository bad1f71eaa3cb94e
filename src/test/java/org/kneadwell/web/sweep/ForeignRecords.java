package org.kneadwell.web.sweep;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.notification.Alert.Severity;
import org.kneadwell.notification.Alerts;
import org.kneadwell.support.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Resolves each kind of path variable to a real record of the demo clinic that belongs to Jordan Ellis's side:
 * Jordan's own record, plan and sessions, Maya Chen's account, alert and working hours, and a clearance request of
 * a patient on Dr Priya Shah's care team but not Liam O'Brien's. Each comes with the accounts that may reach it,
 * read from the tables (not from the application's policy), so the sweep knows who must get it and who must not.
 */
public final class ForeignRecords {

    /** A real record for a path variable, and the accounts it belongs to (null: everyone's). */
    public record Found(RecordKind kind, String value, Set<Long> owners) {

        public boolean reachableBy(long accountId) {
            return owners == null || owners.contains(accountId);
        }
    }

    private final JdbcClient jdbc;
    private final Alerts alerts;
    private final Map<RecordKind, Found> found = new EnumMap<>(RecordKind.class);

    public ForeignRecords(JdbcClient jdbc, Alerts alerts) {
        this.jdbc = jdbc;
        this.alerts = alerts;
    }

    /** The foreign patient: Jordan Ellis, on Maya Chen's and Dr Priya Shah's care team. */
    public UUID patient() {
        return UUID.fromString(of(RecordKind.PATIENT).value());
    }

    public Found of(RecordKind kind) {
        return found.computeIfAbsent(kind, this::find);
    }

    /** A value of the same kind that names no record at all. */
    public static String missing(RecordKind kind) {
        return switch (kind) {
            case INTAKE_STEP -> "pain";
            case INSTRUMENT -> "rmdq";
            case VOCABULARY -> "no-such-vocabulary";
            case UNKNOWN_TOKEN -> "no-such-token-" + UUID.randomUUID();
            default -> UUID.randomUUID().toString();
        };
    }

    private Found find(RecordKind kind) {
        UUID jordan = uuid("select public_id from patient where given_name = 'Jordan' and family_name = 'Ellis'");
        long maya = accountId(Demo.THERAPIST);
        return switch (kind) {
            case PATIENT -> ofPatient(kind, jordan, jordan);
            case PLAN -> ofPatient(kind, uuid("""
                    select public_id from treatment_plan where patient_id = ? order by created_at desc""", jordan), jordan);
            case APPOINTMENT -> ofPatient(kind, uuid("""
                    select public_id from appointment where patient_id = ? order by starts_at desc""", jordan), jordan);
            case SESSION_NOTE -> ofPatient(kind, uuid("""
                    select public_id from session_note where patient_id = ? order by session_start desc""", jordan), jordan);
            case CLEARANCE_REQUEST -> clearanceRequestOnlyPriyaReviews();
            case MESSAGE_THREAD -> ofPatient(kind, uuid("""
                    select public_id from message_thread where patient_id = ? order by id""", jordan), jordan);
            case MESSAGE_ATTACHMENT -> ofPatient(kind, uuid("""
                    select a.public_id from message_attachment a join message m on m.id = a.message_id
                    join message_thread t on t.id = m.thread_id where t.patient_id = ? order by a.id""", jordan), jordan);
            case MESSAGE -> ofPatient(kind, uuid("""
                    select m.public_id from message m join message_thread t on t.id = m.thread_id
                    where t.patient_id = ? order by m.id""", jordan), jordan);
            case CARE_TEAM_MEMBER -> new Found(kind, uuid("""
                    select a.public_id from account a join care_team_member m on m.account_id = a.id
                    join patient p on p.id = m.patient_id where p.public_id = ? and a.id = ?""", jordan, maya).toString(),
                    null);
            case INTAKE_STEP -> new Found(kind, "pain", null);
            case INSTRUMENT -> new Found(kind, "rmdq", null);
            case VOCABULARY -> new Found(kind, "technique", null);
            case ALERT -> new Found(kind, alerts.raise(maya, null, Severity.INFO,
                    "The route sweep left this note for Maya Chen.", "/", false).toString(), Set.of(maya));
            case AVAILABILITY_ENTRY -> new Found(kind, uuid("""
                    select w.public_id from working_hours w join therapist_profile t on t.id = w.profile_id
                    where t.account_id = ? order by w.day_of_week""", maya).toString(), Set.of(maya));
            case THERAPIST_PROFILE -> new Found(kind, uuid("select public_id from therapist_profile where account_id = ?",
                    maya).toString(), null);
            case THERAPIST_CALENDAR -> new Found(kind, uuid("select public_id from therapist_profile where account_id = ?",
                    maya).toString(), Set.of(maya, accountId(Demo.ADMIN)));
            case ACCOUNT -> new Found(kind, uuid("select public_id from account where id = ?", maya).toString(), null);
            case INVITED_ACCOUNT -> new Found(kind,
                    uuid("select public_id from account where status = 'INVITED' order by id").toString(), null);
            case UNKNOWN_TOKEN -> new Found(kind, missing(kind), null);
        };
    }

    private Found clearanceRequestOnlyPriyaReviews() {
        UUID request = uuid("""
                select r.public_id from clearance_request r join patient p on p.public_id = r.patient_id
                where exists (select 1 from care_team_member m where m.patient_id = p.id and m.account_id = ?)
                  and not exists (select 1 from care_team_member m where m.patient_id = p.id and m.account_id = ?)
                order by case when r.status in ('OPEN', 'MORE_INFO') then 0 else 1 end, r.requested_at desc""", accountId(Demo.CLINICIAN), accountId(Demo.OTHER_CLINICIAN));
        UUID patient = uuid("select patient_id from clearance_request where public_id = ?", request);
        return ofPatient(RecordKind.CLEARANCE_REQUEST, request, patient);
    }

    private Found ofPatient(RecordKind kind, UUID record, UUID patient) {
        return new Found(kind, record.toString(), accountsReaching(patient));
    }

    /** The patient's own account, their care team and the clinic's admins (who administer every record). */
    Set<Long> accountsReaching(UUID patient) {
        Set<Long> accounts = new HashSet<>(jdbc.sql("""
                select m.account_id from care_team_member m join patient p on p.id = m.patient_id where p.public_id = ?
                union select account_id from patient where public_id = ? and account_id is not null
                union select id from account where role = 'ADMIN'""")
                .params(patient, patient).query(Long.class).list());
        return Set.copyOf(accounts);
    }

    private long accountId(String email) {
        return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
    }

    private UUID uuid(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(UUID.class).list().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo clinic has no record for: " + sql));
    }
}
