package org.kneadwell.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import org.HdrHistogram.Histogram;

/** What a workload runs with: the options, the database, the app (if one is running) and its clinic's size. */
final class BenchContext {

    final Options options;
    final Db db;
    final Path jar;
    final Path workDir;
    final HttpClient client;
    AppProcess app;
    Scale scale;
    String database;

    BenchContext(Options options, Db db, Path jar, Path workDir) {
        this.options = options;
        this.db = db;
        this.jar = jar;
        this.workDir = workDir;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    String base() {
        return app.baseUrl();
    }

    /** A bearer token minted the way every API client gets one: POST /api/v1/auth/token with the password. */
    String token(String email) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + email + "\",\"password\":\""
                        + Stories.PASSWORD + "\"}"))
                .build();
        HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
        String token = Json.field(res.body(), "token");
        if (res.statusCode() != 200 || token == null) {
            throw new IllegalStateException("no token for " + email + ": " + res.statusCode() + " " + res.body());
        }
        return token;
    }

    HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
    }

    /** Runs one open-model phase and describes it, with the app's CPU and memory over the phase. */
    Map<String, Object> phase(String workload, String phase, double rate, int count, IntFunction<HttpRequest> request,
            IntPredicate success) throws InterruptedException {
        return phase(workload, phase, rate, count, request, success, options.graceSeconds);
    }

    Map<String, Object> phase(String workload, String phase, double rate, int count, IntFunction<HttpRequest> request,
            IntPredicate success, double graceSeconds) throws InterruptedException {
        double cpuBefore = app.cpuSeconds();
        double loaderCpuBefore = loaderCpuSeconds();
        long[] machineBefore = Machine.cpuJiffies();
        OpenLoad.Outcome o = new OpenLoad(options.maxInFlight).run(phase, rate, count, request, success,
                graceSeconds);
        double cpu = app.cpuSeconds() - cpuBefore;
        double loaderCpu = loaderCpuSeconds() - loaderCpuBefore;
        double busy = Machine.busyPercent(machineBefore, Machine.cpuJiffies());
        double[] rss = app.rssMiB();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workload", workload);
        m.put("phase", phase);
        m.put("patients", scale == null ? null : scale.patients());
        m.put("targetRate", rate);
        m.put("requests", o.requests());
        m.put("ok", o.ok());
        m.put("errors", o.errors());
        m.put("statuses", o.statuses());
        m.put("seconds", o.seconds());
        m.put("throughput", o.throughput());
        m.put("okThroughput", o.okThroughput());
        m.put("latencyMs", percentiles(o.latency()));
        m.put("serviceTimeMs", percentiles(o.service()));
        m.put("sentLateForLackOfConnections", o.lateStarts());
        m.put("notSent", o.notSent());
        m.put("saturated", o.notSent() > 0);
        m.put("latencyNote", o.notSent() > 0 ? "saturated: the phase was stopped with requests unsent; percentiles are "
                + "of the answered requests only and understate what the unsent ones would have waited" : "");
        m.put("appCpuSeconds", cpu);
        m.put("appCpuCores", o.seconds() > 0 ? cpu / o.seconds() : null);
        m.put("loadGeneratorCpuCores", o.seconds() > 0 ? loaderCpu / o.seconds() : null);
        m.put("machineCpuBusyPercent", busy);
        m.put("appRssMiB", rss[0]);
        m.put("appPeakRssMiB", rss[1]);
        if (o.sampleError() != null) {
            m.put("sampleError", o.sampleError());
        }
        return m;
    }

    /** CPU seconds this harness (the load generator) has used: it shares the machine with the app and PostgreSQL. */
    private static double loaderCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    static Map<String, Object> percentiles(Histogram h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", h.getValueAtPercentile(50) / 1000.0);
        m.put("p95", h.getValueAtPercentile(95) / 1000.0);
        m.put("p99", h.getValueAtPercentile(99) / 1000.0);
        m.put("p999", h.getValueAtPercentile(99.9) / 1000.0);
        m.put("max", h.getMaxValue() / 1000.0);
        m.put("mean", h.getMean() / 1000.0);
        return m;
    }
}
