package org.kneadwell.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * W3, the booking race: {@link RaceData#PATIENTS} clients (each a different patient, booked by the race
 * therapist over the API) go for 100 one-hour slots, ten in a row for each slot, at {@code --race-rate}
 * requests a second. Exactly 100 must win (201) and the rest be refused as taken (409); afterwards the
 * database must hold 100 booked sessions for the therapist, one per slot, and no two booked sessions of the
 * therapist or of a patient may overlap.
 * <p>
 * Before it, {@code --race-warmup-rounds} rounds of the same race for slots two weeks later, at
 * {@code --race-warmup-rate}, each cleared away after it (not reported): without them the race measured the JIT
 * compiling the booking path (the compiler threads took more CPU than the requests in a profile of the race).
 */
final class W3BookingRace implements Workload {

    static final int SLOTS = 100;

    @Override
    public String id() {
        return "W3";
    }

    @Override
    public List<DataPart> data() {
        return List.of(new RaceData());
    }

    @Override
    public boolean perSize() {
        return false;
    }

    @Override
    public List<Map<String, Object>> run(BenchContext ctx) throws Exception {
        String token = ctx.token(RaceData.THERAPIST_EMAIL);
        String therapist;
        List<String> patients = new ArrayList<>();
        try (Connection c = ctx.db.connect(ctx.database)) {
            therapist = single(c, """
                    select p.public_id from therapist_profile p join account a on a.id = p.account_id where a.email = ?""",
                    RaceData.THERAPIST_EMAIL);
            try (PreparedStatement ps = c.prepareStatement("""
                    select p.public_id from care_team_member m join account a on a.id = m.account_id
                    join patient p on p.id = m.patient_id where a.email = ? order by p.id""")) {
                ps.setString(1, RaceData.THERAPIST_EMAIL);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        patients.add(rs.getString(1));
                    }
                }
            }
        }
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        for (int round = 0; round < ctx.options.raceWarmupRounds; round++) {
            clear(ctx, therapist);
            race(ctx, "warm-up", ctx.options.raceWarmupRate, token, therapist, patients, slots(tomorrow.plusDays(14)));
        }
        clear(ctx, therapist);
        List<String> slots = slots(tomorrow);
        int clients = patients.size();
        Map<String, Object> r = race(ctx, "booking race: " + clients + " clients for " + SLOTS + " slots",
                ctx.options.raceRate, token, therapist, patients, slots);
        @SuppressWarnings("unchecked")
        Map<Integer, Long> statuses = (Map<Integer, Long>) r.get("statuses");
        r.put("wins", statuses.getOrDefault(201, 0L));
        r.put("refusedAsTaken", statuses.getOrDefault(409, 0L));
        try (Connection c = ctx.db.connect(ctx.database)) {
            r.put("bookedInDatabase", Long.parseLong(single(c,
                    "select count(*) from appointment where therapist_id = ?::uuid and status = 'BOOKED'", therapist)));
            r.put("distinctSlotsBooked", Long.parseLong(single(c,
                    "select count(distinct starts_at) from appointment where therapist_id = ?::uuid and status = 'BOOKED'",
                    therapist)));
            r.put("overlapsInDatabase", Long.parseLong(single(c, """
                    select count(*) from appointment a join appointment b on a.id < b.id
                      and (a.therapist_id = b.therapist_id or a.patient_id = b.patient_id)
                      and a.starts_at < b.ends_at and b.starts_at < a.ends_at
                    where a.status = 'BOOKED' and b.status = 'BOOKED' and ? in (a.therapist_id::text, b.therapist_id::text)""",
                    therapist)));
        }
        r.put("passed", r.get("wins").equals((long) SLOTS) && r.get("bookedInDatabase").equals((long) SLOTS)
                && r.get("distinctSlotsBooked").equals((long) SLOTS) && r.get("overlapsInDatabase").equals(0L)
                && r.get("errors").equals(0L));
        Report.line(r);
        return List.of(r);
    }

    /** Every client once, ten in a row for each slot, at the rate. */
    private static Map<String, Object> race(BenchContext ctx, String phase, int rate, String token, String therapist,
            List<String> patients, List<String> slots) throws InterruptedException {
        int perSlot = patients.size() / SLOTS;
        return ctx.phase("W3", phase, rate, patients.size(), i -> HttpRequest.newBuilder(URI.create(ctx.base() + "/api/v1/appointments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"patientId":"%s","therapistId":"%s","start":"%s","minutes":60,"technique":"SWEDISH"}"""
                        .formatted(patients.get(i), therapist, slots.get(Math.min(SLOTS - 1, i / perSlot)))))
                .build(),
                s -> s == 201 || s == 409, ctx.options.raceGraceSeconds);
    }

    /** {@value #SLOTS} one-hour slots from the day on, every hour of the therapist's day (the app runs in UTC). */
    private static List<String> slots(LocalDate from) {
        List<String> slots = new ArrayList<>();
        LocalDate day = from;
        while (slots.size() < SLOTS) {
            for (int h = RaceData.FIRST_HOUR; h < RaceData.LAST_HOUR && slots.size() < SLOTS; h++) {
                slots.add(day.atTime(h, 0).atOffset(ZoneOffset.UTC).toString());
            }
            day = day.plusDays(1);
        }
        return slots;
    }

    private static void clear(BenchContext ctx, String therapist) throws SQLException {
        try (Connection c = ctx.db.connect(ctx.database);
                PreparedStatement ps = c.prepareStatement("delete from appointment where therapist_id = ?::uuid")) {
            ps.setString(1, therapist);
            ps.executeUpdate();
        }
    }

    private static String single(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
