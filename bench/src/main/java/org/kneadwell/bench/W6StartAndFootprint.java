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
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("workload", "W6");
        start.put("phase", "start to ready (embedded db, demo seeded)");
        start.put("runs", readySeconds);
        start.put("readySecondsMedian", median(readySeconds));
        start.put("readySecondsMin", readySeconds.stream().min(Double::compare).orElse(null));
        start.put("readySecondsMax", readySeconds.stream().max(Double::compare).orElse(null));
        start.put("appRssMiBAtReady", median(rssAtReady));
        Report.line(start);
        List<Map<String, Object>> out = new ArrayList<>(List.of(start));
        if (load != null) {
            Report.line(load);
            out.add(load);
        }
        return out;
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
