package org.kneadwell.web.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything the clinic's tables hold except the audit trail and the machinery of signing in (sessions, tokens,
 * throttling) and of Flyway: refused requests are audited and touch sessions, and nothing else. Two snapshots are
 * equal when no row was added, removed or changed.
 */
public final class ClinicState {

    private static final List<String> NOT_CLINIC_STATE = List.of("audit_", "spring_session", "api_token",
            "login_throttle", "flyway_");

    private ClinicState() {
    }

    /** Each table's rows as sorted text, by table name. */
    public static Map<String, List<String>> of(JdbcClient jdbc) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : clinicTables(jdbc)) {
            tables.put(table, jdbc.sql("select * from " + table).query().listOfRows().stream()
                    .map(ClinicState::text).sorted().toList());
        }
        return tables;
    }

    private static List<String> clinicTables(JdbcClient jdbc) {
        String schema = jdbc.sql("select current_schema").query(String.class).single();
        return jdbc.sql("select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'")
                .param(schema).query(String.class).list().stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> NOT_CLINIC_STATE.stream().noneMatch(name::startsWith))
                .toList();
    }

    private static String text(Map<String, Object> row) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(row).forEach((column, value) -> text.append(column).append('=')
                .append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value)).append(' '));
        return text.toString();
    }
}
