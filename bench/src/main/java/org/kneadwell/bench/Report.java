package org.kneadwell.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The short table a run prints (each line also as it is measured). */
final class Report {

    private Report() {
    }

    static final String HEADER = String.format(Locale.ROOT, "%-4s %-6s %-52s %9s %9s %7s %8s %8s %8s %8s %6s %7s",
            "wl", "size", "phase", "offered/s", "done/s", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "cpu", "rss MiB");

    static void line(Map<String, Object> r) {
        System.out.println(format(r));
    }

    @SuppressWarnings("unchecked")
    static String format(Map<String, Object> r) {
        Map<String, Object> lat = (Map<String, Object>) r.get("latencyMs");
        if (r.get("summary") instanceof String summary) {
            Object size = r.get("patients");
            return String.format(Locale.ROOT, "%-4s %-6s %-52s %s", r.get("workload"),
                    size == null ? "" : new Scale((Integer) size).label(), r.get("phase"), summary);
        }
        if (lat == null) {
            return String.format(Locale.ROOT, "%-4s %-6s %-52s ready %s s (median; runs %s), RSS at ready %.0f MiB",
                    r.get("workload"), "", r.get("phase"), fmt(r.get("readySecondsMedian")), r.get("runs"),
                    (Double) r.get("appRssMiBAtReady"));
        }
        Object size = r.get("patients");
        String extra = Boolean.TRUE.equals(r.get("saturated")) ? "  SATURATED, not sent " + r.get("notSent") : "";
        extra += r.containsKey("wins") ? String.format(Locale.ROOT, "  wins %s, db booked %s, overlaps %s: %s",
                r.get("wins"), r.get("bookedInDatabase"), r.get("overlapsInDatabase"),
                Boolean.TRUE.equals(r.get("passed")) ? "PASS" : "FAIL") : "";
        if (r.get("loadGeneratorCpuCores") instanceof Double loader) {
            extra += String.format(Locale.ROOT, "  load generator cpu %.2f", loader);
        }
        if (r.get("auditLag") instanceof Map<?, ?> lag) {
            extra += String.format(Locale.ROOT, "  audit lag: unsealed max %s mean %.0f, oldest %.1f s",
                    lag.get("maxUnsealedRows"), lag.get("meanUnsealedRows") == null ? 0.0 : (Double) lag.get("meanUnsealedRows"),
                    (Double) lag.get("maxOldestUnsealedAgeSeconds"));
        }
        return String.format(Locale.ROOT, "%-4s %-6s %-52s %9.0f %9.0f %7d %8.1f %8.1f %8.1f %8.1f %6.2f %7.0f%s",
                r.get("workload"), size == null ? "" : new Scale((Integer) size).label(), r.get("phase"),
                (Double) r.get("targetRate"), (Double) r.get("throughput"), (Long) r.get("errors"),
                (Double) lat.get("p50"), (Double) lat.get("p95"), (Double) lat.get("p99"), (Double) lat.get("max"),
                (Double) r.get("appCpuCores"), (Double) r.get("appRssMiB"), extra);
    }

    private static String fmt(Object seconds) {
        return seconds == null ? "?" : String.format(Locale.ROOT, "%.2f", (Double) seconds);
    }

    static void table(List<Map<String, Object>> results, double commitRateBefore, double commitRateAfter) {
        System.out.println();
        System.out.printf(Locale.ROOT, "commit rate (pgbench -c 1, one-row insert): %.0f tps before, %.0f tps after%n",
                commitRateBefore, commitRateAfter);
        System.out.println(HEADER);
        for (Map<String, Object> r : results) {
            System.out.println(format(r));
        }
        System.out.println("latency is measured from each request's intended send time (open model, corrected for "
                + "coordinated omission); cpu = app CPU cores used over the phase");
        if (results.stream().anyMatch(r -> r.get("summary") != null)) {
            System.out.println("W4's import is a closed loop (each client sends when answered): its latency is per bundle, "
                    + "from send to answer; heap = jstat -gc sampled each second");
        }
    }
}
