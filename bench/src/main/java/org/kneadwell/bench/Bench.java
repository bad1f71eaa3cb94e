package org.kneadwell.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark harness of issue 15. One run: the machine's commit rate; a template database (Flyway's schema
 * and the demo clinic, written by the app itself); for each clinic size a fresh copy of it filled by the data
 * generator, the app started on it and the database workloads run; then the workloads that start their own
 * app; the commit rate again; a JSON file under bench/results and a table. Cleans up after itself: stops
 * every app it started and drops its databases (bench, bench_template, bench_commit) unless --keep-db.
 */
public final class Bench {

    /** The databases of this run: --db-name (bench), its _template and its _commit (another name beside a run). */
    static String DATABASE = "bench";
    static String TEMPLATE = "bench_template";
    static String COMMIT_DB = "bench_commit";

    private Bench() {
    }

    static List<Workload> all() {
        // W5 (cohort) joins here with its DataPart.
        return List.of(new W1PainScores(), new W2PatientReads(), new W3BookingRace(), new W4Fhir(),
                new W6StartAndFootprint());
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        DATABASE = o.dbName;
        TEMPLATE = o.dbName + "_template";
        COMMIT_DB = o.dbName + "_commit";
        Instant started = Instant.now();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started);
        Path workDir = Path.of("bench/target/runs", stamp).toAbsolutePath();
        Files.createDirectories(workDir);
        Db db = new Db(o.pgHost, o.pgPort, o.pgUser, o.pgPassword);
        BenchContext ctx = new BenchContext(o, db, o.jar.toAbsolutePath(), workDir);
        List<Workload> workloads = all().stream().filter(w -> o.workloads.contains(w.id())).toList();
        Map<String, Object> machine = Machine.describe();
        System.out.println("Kneadwell bench " + stamp + " revision " + o.revision + " on " + machine);
        System.out.println("app logs: " + workDir);

        if (!o.keepDatabase) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.drop(DATABASE);
                    db.drop(TEMPLATE);
                    db.drop(COMMIT_DB);
                } catch (Exception ignored) {
                    // best effort on an interrupted run; the next run recreates them
                }
            }));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        Map<String, Object> setup = new LinkedHashMap<>();
        double commitBefore = commitRate(db, o, workDir);
        System.out.printf("commit rate: %.0f tps%n", commitBefore);
        List<Workload> dbWorkloads = workloads.stream().filter(w -> !w.ownApp()).toList();
        try {
            if (!dbWorkloads.isEmpty()) {
                String auditKey = randomKey();
                Path home = Files.createTempDirectory(workDir, "home-");
                db.recreate(TEMPLATE, null);
                try (AppProcess app = AppProcess.start(ctx.jar, env(db, TEMPLATE, home, auditKey, true), o.port,
                        workDir.resolve("app-template.log"))) {
                    double ready = app.awaitReady(Duration.ofMinutes(10));
                    System.out.printf("template database (Flyway + demo clinic on PostgreSQL): ready in %.1f s%n", ready);
                    setup.put("templateReadySeconds", ready);
                }
                boolean first = true;
                for (int patients : o.sizes) {
                    Scale scale = new Scale(patients);
                    boolean firstSize = first;
                    List<Workload> here = dbWorkloads.stream().filter(w -> w.perSize() || firstSize).toList();
                    Set<DataPart> parts = new LinkedHashSet<>();
                    parts.add(new ClinicData());
                    here.forEach(w -> w.data().stream().filter(p -> !(p instanceof ClinicData)).forEach(parts::add));
                    System.out.printf("%n== %s patients (%d therapists, %d clinicians) ==%n", scale.label(),
                            scale.therapists(), scale.clinicians());
                    db.recreate(DATABASE, TEMPLATE);
                    long t = System.nanoTime();
                    try (Connection c = db.connect(DATABASE)) {
                        new DataGenerator(new ArrayList<>(parts)).generate(c, scale);
                    }
                    double generated = (System.nanoTime() - t) / 1e9;
                    System.out.printf("  data generated in %.1f s%n", generated);
                    setup.put("dataSeconds" + scale.label(), generated);
                    try (AppProcess app = AppProcess.start(ctx.jar, env(db, DATABASE, home, auditKey, false), o.port,
                            workDir.resolve("app-" + scale.label() + ".log"))) {
                        double ready = app.awaitReady(Duration.ofMinutes(10));
                        System.out.printf("  app on PostgreSQL ready in %.1f s%n", ready);
                        setup.put("postgresReadySeconds" + scale.label(), ready);
                        ctx.app = app;
                        ctx.scale = scale;
                        ctx.database = DATABASE;
                        System.out.println(Report.HEADER);
                        for (Workload w : here) {
                            results.addAll(w.run(ctx));
                        }
                    } finally {
                        ctx.app = null;
                    }
                    first = false;
                }
                W6StartAndFootprint.deleteTree(home);
            }
            for (Workload w : workloads.stream().filter(Workload::ownApp).toList()) {
                System.out.printf("%n== %s ==%n", w.id());
                results.addAll(w.run(ctx));
            }
        } finally {
            if (!o.keepDatabase) {
                db.drop(DATABASE);
                db.drop(TEMPLATE);
            }
        }
        double commitAfter = commitRate(db, o, workDir);

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("startedAt", started.toString());
        doc.put("finishedAt", Instant.now().toString());
        doc.put("revision", o.revision);
        doc.put("note", o.note);
        doc.put("machine", machine);
        machine.put("loadAverageAtEnd", Machine.loadAverage());
        doc.put("commitRateTps", Map.of("before", commitBefore, "after", commitAfter,
                "how", "pgbench -n -c 1 -T " + o.commitSeconds + ", one-row insert per transaction"));
        doc.put("options", optionsMap(o));
        doc.put("setup", setup);
        doc.put("results", results);
        Files.createDirectories(o.out);
        Path file = o.out.resolve(stamp + "-" + o.revision + ".json");
        Files.writeString(file, Json.write(doc));
        Report.table(results, commitBefore, commitAfter);
        System.out.println("results: " + file);
    }

    private static double commitRate(Db db, Options o, Path workDir) throws Exception {
        db.recreate(COMMIT_DB, null);
        try {
            return db.commitRate(COMMIT_DB, o.commitSeconds, workDir);
        } finally {
            db.drop(COMMIT_DB);
        }
    }

    private static Map<String, String> env(Db db, String database, Path home, String auditKey, boolean demo) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KNEADWELL_DB_URL", db.url(database));
        env.put("KNEADWELL_DB_USER", db.user);
        env.put("KNEADWELL_DB_PASSWORD", db.password);
        env.put("KNEADWELL_HOME", home.toString());
        env.put("KNEADWELL_AUDIT_KEY", auditKey);
        env.put("KNEADWELL_TIMEZONE", "UTC");
        env.put("KNEADWELL_DEMO", String.valueOf(demo));
        return env;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static Map<String, Object> optionsMap(Options o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sizes", o.sizes);
        m.put("workloads", o.workloads);
        m.put("rate", o.rate);
        m.put("w1Rate", o.w1Rate);
        m.put("lowRate", o.lowRate);
        m.put("seconds", o.seconds);
        m.put("saturationRate", o.saturationRate);
        m.put("saturationSeconds", o.saturationSeconds);
        m.put("warmup", o.warmupRate + "/s for " + o.warmupSeconds + " s");
        m.put("tokens", o.tokens);
        m.put("maxInFlight", o.maxInFlight);
        m.put("raceRate", o.raceRate);
        m.put("w6Runs", o.w6Runs);
        m.put("w6LoadRate", o.w6LoadRate);
        m.put("w4ImportPatients", o.w4ImportPatients);
        m.put("w4Clients", o.w4Clients);
        m.put("jar", o.jar.toString());
        return m;
    }
}
