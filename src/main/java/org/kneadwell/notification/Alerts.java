package org.kneadwell.notification;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.notification.Alert.Severity;
import org.kneadwell.shared.PatientVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app alerts: raised by features, shown on the recipient's home page, dismissed by the recipient. An alert about a
 * patient is shown only while the access policy still lets the reader see that patient (asked through
 * {@link PatientVisibility}, so this module does not depend on the patient module).
 */
@Service
public class Alerts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PatientVisibility visibility;

    Alerts(JdbcClient jdbc, Clock clock, PatientVisibility visibility) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.visibility = visibility;
    }

    @Transactional
    public UUID raise(long accountId, UUID patientId, Severity severity, String message, String link, boolean pinned) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into alert (public_id, account_id, patient_id, severity, message, link, pinned, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, accountId, patientId, severity.name(), message, link, pinned, utc(clock.instant()))
                .update();
        return id;
    }

    /** The reader's open alerts that they may still see, pinned and most severe first. */
    @Transactional(readOnly = true)
    public List<Alert> openFor(CurrentUser reader) {
        List<Alert> open = stored(reader.accountId());
        Set<UUID> visible = visibility.visibleTo(reader,
                open.stream().map(Alert::patientId).filter(Objects::nonNull).toList());
        return open.stream().filter(a -> a.patientId() == null || visible.contains(a.patientId())).toList();
    }

    private List<Alert> stored(long accountId) {
        return jdbc.sql("""
                select public_id, patient_id, severity, message, link, pinned, created_at from alert
                where account_id = ? and dismissed_at is null
                order by pinned desc, case severity when 'EMERGENCY' then 0 when 'WARNING' then 1 else 2 end, created_at desc""")
                .param(accountId)
                .query((rs, i) -> new Alert(rs.getObject("public_id", UUID.class), rs.getObject("patient_id", UUID.class),
                        Severity.valueOf(rs.getString("severity")), rs.getString("message"), rs.getString("link"),
                        rs.getBoolean("pinned"), instant(rs, "created_at")))
                .list();
    }

    /** Dismisses the alert if it belongs to the account; false otherwise. */
    @Transactional
    public boolean dismiss(long accountId, UUID alertId) {
        return jdbc.sql("update alert set dismissed_at = ? where public_id = ? and account_id = ? and dismissed_at is null")
                .params(utc(clock.instant()), alertId, accountId).update() == 1;
    }

    /**
     * Clears the account's open, unpinned information alerts that lead to {@code link} (say, the new-message alerts of a
     * thread the account has just read). Pinned and urgent alerts stay until they are dismissed one by one.
     */
    @Transactional
    public int dismissLinked(long accountId, String link) {
        return jdbc.sql("""
                update alert set dismissed_at = ? where account_id = ? and link = ? and dismissed_at is null
                and pinned = false and severity = 'INFO'""")
                .params(utc(clock.instant()), accountId, link).update();
    }
}
