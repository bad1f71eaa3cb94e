package org.kneadwell.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * W6, start to ready and footprint: {@code java -jar} with an empty KNEADWELL_HOME (embedded database, the demo
 * clinic seeded on first start, as the README's first command does), timed from the process start until
 * /actuator/health/readiness answers 200; repeated {@code --w6-runs} times. After the last start, the demo
 * therapist reads her patients at {@code --w6-load-rate}/s for {@code --seconds}, and the app's RSS (VmRSS of
 * /proc/PID/status) is taken at ready and after that load.
 */
final class W6StartAndFootprint implements Workload {

    @Override
    public String id() {
        return "W6";
    }

    @Override
    public boolean ownApp() {
        return true;
    }

    @Override
    public boolean perSize() {
        return false;
    }

    @Override
    public List<Map<String, Object>> run(BenchContext ctx) throws Exception {
        List<Double> readySeconds = new ArrayList<>();
        List<Double> rssAtReady = new ArrayList<>();
        Map<String, Object> load = null;
        AppProcess previous = ctx.app;
        Scale previousScale = ctx.scale;
        ctx.scale = null;
        try {
            for (int run = 1; run <= ctx.options.w6Runs; run++) {
                Path home = Files.createTempDirectory(ctx.workDir, "w6-home-");
                try (AppProcess app = AppProcess.start(ctx.jar, Map.of("KNEADWELL_HOME", home.toString()),
                        ctx.options.port + 1, ctx.workDir.resolve("app-w6-" + run + ".log"))) {
                    double ready = app.awaitReady(Duration.ofMinutes(5));
                    readySeconds.add(ready);
                    rssAtReady.add(app.rssMiB()[0]);
                    System.out.printf("  W6: start %d ready in %.2f s, RSS %.0f MiB%n", run, ready, app.rssMiB()[0]);
                    if (run == ctx.options.w6Runs) {
                        ctx.app = app;
                        String token = ctx.token(Stories.THERAPIST_TEMPLATE);
                        var res = ctx.client.send(ctx.get("/api/v1/patients", token),
                                java.net.http.HttpResponse.BodyHandlers.ofString());
                        List<String> ids = new ArrayList<>();
                        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(res.body());
                        while (m.find()) {
                            ids.add(m.group(1));
                        }
                        int rate = ctx.options.w6LoadRate;
                        load = ctx.phase("W6", "RSS after load: demo patient reads @ " + rate + "/s (embedded db)",
                                rate, rate * ctx.options.seconds,
                                i -> ctx.get("/api/v1/patients/" + ids.get(i % ids.size()), token), s -> s == 200);
                    }
                } finally {
                    ctx.app = previous;
                    deleteTree(home);
                }
            }
        } finally {
            ctx.scale = previousScale;
        }
        Map<String, Object> start = starts("start to ready (embedded db, demo seeded)", readySeconds, rssAtReady);
        Report.line(start);
        List<Map<String, Object>> out = new ArrayList<>(List.of(start));
        if (load != null) {
            Report.line(load);
            out.add(load);
        }
        if (ctx.options.w6ClassDataSharing) {
            Map<String, Object> cds = withClassDataSharing(ctx);
            Report.line(cds);
            out.add(cds);
        }
        return out;
    }

    /**
     * The start the README describes under "Class Data Sharing on JDK 17": the jar extracted, one training start
     * that lists the classes it loads ({@code -XX:DumpLoadedClassList}), a static archive of them without the
     * lambda proxies (JDK 17.0.15 crashes archiving those), then {@code --w6-runs} starts with the archive
     * ({@code -Xshare:on}, so a start that cannot map it fails instead of quietly running without it).
     */
    private static Map<String, Object> withClassDataSharing(BenchContext ctx) throws Exception {
        Path dir = Files.createTempDirectory(ctx.workDir, "w6-cds-");
        try {
            Path app = dir.resolve("app");
            command(ctx.workDir.resolve("w6-cds-extract.log"), "java", "-Djarmode=tools", "-jar", ctx.jar.toString(),
                    "extract", "--destination", app.toString());
            Path jar = app.resolve(ctx.jar.getFileName());
            Path classes = dir.resolve("classes.lst");
            start(ctx, List.of("-XX:DumpLoadedClassList=" + classes), jar, "w6-cds-training");
            List<String> kept = Files.readAllLines(classes).stream().filter(l -> !l.startsWith("@lambda")).toList();
            Path keptList = Files.write(dir.resolve("classes-17.lst"), kept);
            Path archive = dir.resolve("app.jsa");
            long dumping = System.nanoTime();
            command(ctx.workDir.resolve("w6-cds-dump.log"), "java", "-Xshare:dump",
                    "-XX:SharedClassListFile=" + keptList, "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString());
            double dumpSeconds = (System.nanoTime() - dumping) / 1e9;
            List<Double> readySeconds = new ArrayList<>();
            List<Double> rssAtReady = new ArrayList<>();
            for (int run = 1; run <= ctx.options.w6Runs; run++) {
                double[] readyAndRss = start(ctx, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive), jar,
                        "w6-cds-" + run);
                readySeconds.add(readyAndRss[0]);
                rssAtReady.add(readyAndRss[1]);
                System.out.printf("  W6 (CDS): start %d ready in %.2f s, RSS %.0f MiB%n", run, readyAndRss[0],
                        readyAndRss[1]);
            }
            Map<String, Object> r = starts("start to ready, extracted jar + CDS archive", readySeconds, rssAtReady);
            r.put("classesArchived", kept.size());
            r.put("classesListed", Files.readAllLines(classes).size());
            r.put("archiveSeconds", dumpSeconds);
            return r;
        } finally {
            deleteTree(dir);
        }
    }

    /** One start with an empty KNEADWELL_HOME until ready, then stopped: seconds to ready and RSS at ready. */
    private static double[] start(BenchContext ctx, List<String> javaOptions, Path jar, String name) throws Exception {
        Path home = Files.createTempDirectory(ctx.workDir, "w6-home-");
        try (AppProcess app = AppProcess.start(javaOptions, jar, Map.of("KNEADWELL_HOME", home.toString()),
                ctx.options.port + 1, ctx.workDir.resolve("app-" + name + ".log"))) {
            double ready = app.awaitReady(Duration.ofMinutes(5));
            return new double[] { ready, app.rssMiB()[0] };
        } finally {
            deleteTree(home);
        }
    }

    private static void command(Path log, String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    /** One line of W6: the starts' seconds to ready (each, median, min, max) and the median RSS at ready. */
    private static Map<String, Object> starts(String phase, List<Double> readySeconds, List<Double> rssAtReady) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("workload", "W6");
        r.put("phase", phase);
        r.put("runs", readySeconds);
        r.put("readySecondsMedian", median(readySeconds));
        r.put("readySecondsMin", readySeconds.stream().min(Double::compare).orElse(null));
        r.put("readySecondsMax", readySeconds.stream().max(Double::compare).orElse(null));
        r.put("appRssMiBAtReady", median(rssAtReady));
        return r;
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a leftover temp directory is harmless
        }
    }
}
