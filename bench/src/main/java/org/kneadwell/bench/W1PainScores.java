package org.kneadwell.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * W1 (issue 12), pain scores: care-team therapists record a pain score through the diary API
 * ({@code POST /api/v1/patients/{id}/diary} with {@code {"pain":n}}, 201 expected; the app stores the diary
 * entry and its measurement row, audits the write and runs the progress rules) for patients picked at random
 * over their caseloads, at {@code --w1-rate}; then reads at {@code --rate} of the pain timeline
 * ({@code GET .../observations?code=NPRS}, newest 50) and of progress ({@code GET .../progress}) for the
 * patient with {@value MeasurementData#FEW_SESSIONS} sessions and the one with
 * {@value MeasurementData#MANY_SESSIONS} (both on therapist 1's caseload, both with two years of diary).
 */
final class W1PainScores implements Workload {

    @Override
    public String id() {
        return "W1";
    }

    @Override
    public List<DataPart> data() {
        return List.of(new ClinicData(), new MeasurementData());
    }

    @Override
    public List<Map<String, Object>> run(BenchContext ctx) throws Exception {
        Options o = ctx.options;
        int therapists = ctx.scale.therapists();
        int holders = Math.min(o.tokens, therapists);
        Map<String, String> tokens = new HashMap<>();
        for (int n = 0; n < holders; n++) {
            int k = 1 + (int) ((long) n * therapists / holders);
            String email = ClinicData.THERAPISTS + k + "@bench.kneadwell.org";
            tokens.put(email, ctx.token(email));
        }
        String first = ClinicData.THERAPISTS + 1 + "@bench.kneadwell.org";
        tokens.computeIfAbsent(first, e -> {
            try {
                return ctx.token(e);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        List<String> pairTokens = new ArrayList<>();
        List<String> pairPatients = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        try (Connection c = ctx.db.connect(ctx.database)) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select a.email, p.public_id from care_team_member m join account a on a.id = m.account_id
                    join patient p on p.id = m.patient_id where a.email = any (?) order by p.id""")) {
                ps.setArray(1, c.createArrayOf("varchar", tokens.keySet().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pairTokens.add(tokens.get(rs.getString(1)));
                        pairPatients.add(rs.getString(2));
                    }
                }
            }
            // the chosen patients on therapist 1's caseload (the demo's own patients have a few sessions too)
            try (PreparedStatement ps = c.prepareStatement("""
                    select m.patient_id, count(*) from measurement m join patient p on p.public_id = m.patient_id
                    join care_team_member t on t.patient_id = p.id join account a on a.id = t.account_id
                    where a.email = ? and m.source = 'SESSION' and m.code = 'NPRS' group by m.patient_id
                    having count(*) in (?, ?) order by count(*)""")) {
                ps.setString(1, first);
                ps.setInt(2, MeasurementData.FEW_SESSIONS);
                ps.setInt(3, MeasurementData.MANY_SESSIONS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        chosen.add(rs.getString(1));
                    }
                }
                if (chosen.size() != 2) {
                    throw new IllegalStateException("W1 needs its two patients with sessions; found " + chosen.size());
                }
            }
        }
        String few = chosen.get(0);
        String many = chosen.get(1);
        int pairs = pairPatients.size();
        String reader = tokens.get(first);
        System.out.printf("  W1: %d tokens, %d patients on their caseloads%n", tokens.size(), pairs);
        Random random = new Random(12);
        int writes = o.w1Rate * o.seconds;
        int[] pick = random.ints(Math.max(writes, o.warmupRate * o.warmupSeconds), 0, pairs).toArray();
        int[] pain = random.ints(pick.length, 0, 11).toArray();
        String[] names = { "pain timeline", "progress" };
        String[] paths = { "/api/v1/patients/%s/observations?code=NPRS", "/api/v1/patients/%s/progress" };
        List<Map<String, Object>> out = new ArrayList<>();
        ctx.phase("W1", "warm-up", o.warmupRate, o.warmupRate * o.warmupSeconds, i -> i % 3 == 0
                ? diary(ctx, pairPatients.get(pick[i]), pairTokens.get(pick[i]), pain[i])
                : ctx.get(paths[i % 3 - 1].formatted(i % 2 == 0 ? few : many), reader), s -> s == 200 || s == 201);
        Map<String, Object> w;
        try (AuditLag lag = new AuditLag(ctx.db, ctx.database)) {
            w = ctx.phase("W1", "diary pain score write @ " + o.w1Rate + "/s", o.w1Rate, writes,
                    i -> diary(ctx, pairPatients.get(pick[i]), pairTokens.get(pick[i]), pain[i]), s -> s == 201);
            w.put("auditLag", lag.take());
        }
        w.put("tokens", tokens.size());
        w.put("patientsWritten", pairs);
        out.add(w);
        Report.line(w);
        for (int p = 0; p < paths.length; p++) {
            for (String[] who : new String[][] { { few, MeasurementData.FEW_SESSIONS + "" },
                    { many, MeasurementData.MANY_SESSIONS + "" } }) {
                String path = paths[p].formatted(who[0]);
                Map<String, Object> r = ctx.phase("W1", names[p] + ", " + who[1] + " sessions @ " + o.rate + "/s",
                        o.rate, o.rate * o.seconds, i -> ctx.get(path, reader), s -> s == 200);
                r.put("sessions", Integer.parseInt(who[1]));
                r.put("measurementsPerPatientFromDiary", MeasurementData.DIARY_PER_PATIENT);
                out.add(r);
                Report.line(r);
            }
        }
        return out;
    }

    private static HttpRequest diary(BenchContext ctx, String patient, String token, int pain) {
        return HttpRequest.newBuilder(URI.create(ctx.base() + "/api/v1/patients/" + patient + "/diary"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"pain\":" + pain + "}")).build();
    }
}
