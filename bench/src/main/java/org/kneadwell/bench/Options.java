package org.kneadwell.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Command-line options of bench/run; every one has a default, so {@code bench/run} alone runs W2, W3 and W6. */
final class Options {

    List<Integer> sizes = List.of(1_000, 16_000);
    List<String> workloads = List.of("W2", "W3", "W6");
    int rate = 1000;
    int w1Rate = 3000;
    int lowRate = 100;
    int seconds = 20;
    int saturationRate = 5000;
    int saturationSeconds = 15;
    /**
     * The warm-up before W1's and W2's phases. On the 2-core machine the C2 compiler still took 0.4 of a core after
     * 40 s of load and the app spent 1.3-2.3 ms of CPU per patient read; after 60 s at about 1,000 reads/s it had
     * settled (0.1 of a core) and a read cost 0.7-0.8 ms. A shorter warm-up measures the JIT, not the app.
     */
    int warmupRate = 800;
    int warmupSeconds = 60;
    int tokens = 100;
    int maxInFlight = 64;
    int raceRate = 1000;
    int raceGraceSeconds = 300;
    int raceWarmupRounds = 15;
    int raceWarmupRate = 300;
    int w6Runs = 3;
    int w6LoadRate = 200;
    /** W6 also starts the extracted jar with a class data archive (README, "Class Data Sharing on JDK 17"). */
    boolean w6ClassDataSharing = true;
    int w4ImportPatients = 1000;
    int w4Clients = 4;
    int w4ExportMinutes = 60;
    int commitSeconds = 10;
    int graceSeconds = 20;
    int port = 18080;
    String pgHost = "127.0.0.1";
    int pgPort = 5432;
    String pgUser = "postgres";
    String pgPassword = "";
    String dbName = "bench";
    Path jar;
    Path out = Path.of("bench/results");
    String revision = "unknown";
    String note = "";
    boolean keepDatabase;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--keep-db")) {
                o.keepDatabase = true;
                continue;
            }
            if (a.equals("-h") || a.equals("--help")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + a + "\n" + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--sizes" -> o.sizes = sizes(v);
                case "--workloads" -> o.workloads = List.of(v.toUpperCase(Locale.ROOT).split(","));
                case "--rate" -> o.rate = Integer.parseInt(v);
                case "--w1-rate" -> o.w1Rate = Integer.parseInt(v);
                case "--low-rate" -> o.lowRate = Integer.parseInt(v);
                case "--seconds" -> o.seconds = Integer.parseInt(v);
                case "--saturation-rate" -> o.saturationRate = Integer.parseInt(v);
                case "--saturation-seconds" -> o.saturationSeconds = Integer.parseInt(v);
                case "--warmup-rate" -> o.warmupRate = Integer.parseInt(v);
                case "--warmup-seconds" -> o.warmupSeconds = Integer.parseInt(v);
                case "--tokens" -> o.tokens = Integer.parseInt(v);
                case "--max-in-flight" -> o.maxInFlight = Integer.parseInt(v);
                case "--race-rate" -> o.raceRate = Integer.parseInt(v);
                case "--race-grace-seconds" -> o.raceGraceSeconds = Integer.parseInt(v);
                case "--race-warmup-rounds" -> o.raceWarmupRounds = Integer.parseInt(v);
                case "--race-warmup-rate" -> o.raceWarmupRate = Integer.parseInt(v);
                case "--w6-runs" -> o.w6Runs = Integer.parseInt(v);
                case "--w6-load-rate" -> o.w6LoadRate = Integer.parseInt(v);
                case "--w6-cds" -> o.w6ClassDataSharing = Boolean.parseBoolean(v);
                case "--w4-import-patients" -> o.w4ImportPatients = Integer.parseInt(v);
                case "--w4-clients" -> o.w4Clients = Integer.parseInt(v);
                case "--w4-export-minutes" -> o.w4ExportMinutes = Integer.parseInt(v);
                case "--commit-seconds" -> o.commitSeconds = Integer.parseInt(v);
                case "--grace-seconds" -> o.graceSeconds = Integer.parseInt(v);
                case "--port" -> o.port = Integer.parseInt(v);
                case "--pg-host" -> o.pgHost = v;
                case "--pg-port" -> o.pgPort = Integer.parseInt(v);
                case "--pg-user" -> o.pgUser = v;
                case "--pg-password" -> o.pgPassword = v;
                case "--db-name" -> o.dbName = v;
                case "--jar" -> o.jar = Path.of(v);
                case "--out" -> o.out = Path.of(v);
                case "--revision" -> o.revision = v;
                case "--note" -> o.note = v;
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (!o.dbName.matches("bench[a-z0-9_]*")) {
            throw new IllegalArgumentException("--db-name must start with bench (lower case, digits, _): " + o.dbName);
        }
        if (o.jar == null) {
            throw new IllegalArgumentException("--jar is required (bench/run passes target/kneadwell-*.jar)");
        }
        return o;
    }

    private static List<Integer> sizes(String v) {
        List<Integer> out = new ArrayList<>();
        for (String s : v.split(",")) {
            s = s.strip().toUpperCase(Locale.ROOT);
            out.add(s.endsWith("K") ? Integer.parseInt(s.substring(0, s.length() - 1)) * 1000 : Integer.parseInt(s));
        }
        return out;
    }

    static final String USAGE = """
            bench/run [options]     (PostgreSQL at 127.0.0.1:5432, user postgres, trust auth; uses databases bench*)
              --sizes 1K,16K            clinic sizes for W1, W2 and W4 (1K, 4K, 10K, 16K, 64K or any number of patients)
              --workloads W2,W3,W6      which workloads (W1, W2, W3, W4, W6)
              --rate 1000 --seconds 20  W2's (and W1's reads') fixed arrival rate (requests/s) and duration of each phase
              --w1-rate 3000            W1's diary writes (pain scores) per second
              --low-rate 100            W2: the patient read also at this rate first (0: skip)
              --saturation-rate 5000 --saturation-seconds 15   W2's throughput phase
              --warmup-rate 800 --warmup-seconds 60            W1's and W2's warm-up (not reported; the JIT settles)
              --tokens 100              W2: therapists (spread over the clinic) whose tokens read their patients
              --max-in-flight 64        open connections at most; requests wait for one (and are charged for it)
              --race-rate 1000          W3's arrival rate
              --race-grace-seconds 300  W3 waits this long for every contender to be sent (it needs all 1000)
              --race-warmup-rounds 15 --race-warmup-rate 300   W3's warm-up: the same race two weeks later, cleared
                                        after each round (not reported; 0 rounds races a cold app)
              --w6-runs 3 --w6-load-rate 200                   W6's starts and its load before the RSS reading
              --w6-cds true             W6 also: extract the jar, make a class data archive, start with it
              --w4-import-patients 1000 W4: patients of the export imported again, one bundle each
              --w4-clients 4            W4: concurrent import clients (closed loop: each sends when answered)
              --w4-export-minutes 60    W4: give up on an export not done by then
              --commit-seconds 10       pgbench -c 1 -T N for the machine's commit rate
              --grace-seconds 20        stop a phase (saturated) whose requests still wait this long after its end
              --db-name bench           the run's databases: NAME, NAME_template and NAME_commit (two runs side by
                                        side need different names and ports)
              --port 18080 --pg-host --pg-port --pg-user --pg-password --out bench/results --note TEXT --keep-db
            environment: BENCH_APP_JAVA_OPTIONS="-agentpath:..."   JVM options for the app under load (W1-W4)""";
}
