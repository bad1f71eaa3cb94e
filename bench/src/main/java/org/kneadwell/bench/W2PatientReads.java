package org.kneadwell.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * W2, audited reads: staff on a patient's care team read the patient ({@code GET /api/v1/patients/{id}}), the
 * patient's appointments and effective safety, each at a fixed arrival rate; then the patient read at a rate
 * past what the app can take, to find its throughput. Every read is audited by the app. Tokens are minted
 * through the API for up to {@code --tokens} therapists spread over the clinic; requests pick one of their
 * patients at random (uniformly over all the patients those therapists care for).
 */
final class W2PatientReads implements Workload {

    @Override
    public String id() {
        return "W2";
    }

    @Override
    public List<DataPart> data() {
        return List.of(new ClinicData());
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
        List<String> pairTokens = new ArrayList<>();
        List<String> pairPatients = new ArrayList<>();
        try (Connection c = ctx.db.connect(ctx.database); PreparedStatement ps = c.prepareStatement("""
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
        int pairs = pairTokens.size();
        System.out.printf("  W2: %d tokens, %d patients on their caseloads%n", tokens.size(), pairs);
        Random random = new Random(15);
        int[] pick = random.ints(Math.max(o.rate * o.seconds, o.saturationRate * o.saturationSeconds), 0, pairs).toArray();
        List<Map<String, Object>> out = new ArrayList<>();
        try (AuditLag lag = new AuditLag(ctx.db, ctx.database)) {
            phases(ctx, o, pairTokens, pairPatients, pick, tokens.size(), pairs, lag, out);
        }
        return out;
    }

    private static void phases(BenchContext ctx, Options o, List<String> pairTokens, List<String> pairPatients,
            int[] pick, int tokenCount, int pairs, AuditLag lag, List<Map<String, Object>> out) throws Exception {
        String[] paths = { "/api/v1/patients/%s", "/api/v1/patients/%s/appointments", "/api/v1/patients/%s/safety" };
        String[] names = { "patient read", "appointment list", "effective safety" };
        // Warm-up (not reported): the JIT, the connection pools and the caches of a freshly started app.
        lag.take();
        ctx.phase("W2", "warm-up", o.warmupRate, o.warmupRate * o.warmupSeconds,
                i -> ctx.get(paths[i % 3].formatted(pairPatients.get(pick[i % pick.length])),
                        pairTokens.get(pick[i % pick.length])), s -> s == 200);
        if (o.lowRate > 0) {
            lag.take();
            Map<String, Object> r = ctx.phase("W2", names[0] + " @ " + o.lowRate + "/s", o.lowRate, o.lowRate * o.seconds,
                    i -> ctx.get(paths[0].formatted(pairPatients.get(pick[i])), pairTokens.get(pick[i])), s -> s == 200);
            r.put("tokens", tokenCount);
            r.put("auditLag", lag.take());
            r.put("patientsRead", pairs);
            out.add(r);
            Report.line(r);
        }
        for (int p = 0; p < paths.length; p++) {
            String path = paths[p];
            lag.take();
            Map<String, Object> r = ctx.phase("W2", names[p] + " @ " + o.rate + "/s", o.rate, o.rate * o.seconds,
                    i -> ctx.get(path.formatted(pairPatients.get(pick[i])), pairTokens.get(pick[i])), s -> s == 200);
            r.put("tokens", tokenCount);
            r.put("auditLag", lag.take());
            r.put("patientsRead", pairs);
            out.add(r);
            Report.line(r);
        }
        lag.take();
        Map<String, Object> r = ctx.phase("W2", "patient read, throughput (offered " + o.saturationRate + "/s)",
                o.saturationRate, o.saturationRate * o.saturationSeconds,
                i -> ctx.get(paths[0].formatted(pairPatients.get(pick[i])), pairTokens.get(pick[i])), s -> s == 200);
        r.put("tokens", tokenCount);
        r.put("patientsRead", pairs);
        r.put("auditLag", lag.take());
        out.add(r);
        Report.line(r);
    }
}
