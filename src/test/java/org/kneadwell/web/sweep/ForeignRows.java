package org.kneadwell.web.sweep;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a caller must never be shown: for every patient whose record they may not reach (not their own, not on
 * their care team), the patient's id and full name and the ids of the patient's plans, sessions, clearance requests
 * and intakes. Read from the tables, not from the application's access policy.
 */
public final class ForeignRows {

    private final JdbcClient jdbc;
    private final Map<Long, Set<String>> hidden = new HashMap<>();

    public ForeignRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first thing in the answer that the caller may not see, unless the caller sent it in the path. */
    public String firstLeakIn(Caller caller, String path, String body) {
        for (String secret : hiddenFrom(caller)) {
            if (body.contains(secret) && !path.contains(secret)) {
                return secret;
            }
        }
        return null;
    }

    Set<String> hiddenFrom(Caller caller) {
        return hidden.computeIfAbsent(caller.accountId(), this::query);
    }

    private Set<String> query(long account) {
        String unreachable = """
                (select public_id from patient p where (p.account_id is null or p.account_id <> :account)
                 and not exists (select 1 from care_team_member m where m.patient_id = p.id and m.account_id = :account))""";
        Set<String> secrets = new LinkedHashSet<>();
        secrets.addAll(jdbc.sql("select given_name || ' ' || family_name from patient where public_id in " + unreachable)
                .param("account", account).query(String.class).list());
        for (String table : List.of("patient", "treatment_plan", "appointment", "clearance_request", "intake",
                "message_thread")) {
            String column = table.equals("patient") ? "public_id" : "patient_id";
            secrets.addAll(jdbc.sql("select cast(public_id as varchar(36)) from " + table + " where " + column + " in "
                    + unreachable).param("account", account).query(String.class).list());
        }
        return secrets;
    }
}
