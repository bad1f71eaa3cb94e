package org.kneadwell.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app's Java heap and RSS, sampled once a second while a phase runs: {@code jstat -gc <pid> 1000} (the JDK's
 * own counters, read from the JVM's perf data without stopping it) for heap used (survivors, eden and old
 * generation) and committed, and {@code /proc/<pid>/status} for VmRSS at each sample. A sampled peak: a spike
 * between two samples is missed, and with the JVM's default collector and heap size "used" includes garbage not
 * collected yet, so the old generation's peak is reported too (what survived collections).
 */
final class HeapSampler implements AutoCloseable {

    private final long pid;
    private final Process jstat;
    private final Thread reader;
    private final List<String> errors = new ArrayList<>();
    private volatile int samples;
    private volatile double peakUsedKb;
    private volatile double peakCommittedKb;
    private volatile double peakOldKb;
    private volatile double peakRssMiB;
    private double firstYgc = -1;
    private double firstFgc = -1;
    private volatile double lastYgc;
    private volatile double lastFgc;

    HeapSampler(long pid) throws IOException {
        this.pid = pid;
        this.jstat = new ProcessBuilder(jstatCommand(), "-gc", String.valueOf(pid), "1000").redirectErrorStream(true)
                .start();
        this.reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    private static String jstatCommand() {
        Path own = Path.of(System.getProperty("java.home"), "bin", "jstat");
        return Files.isExecutable(own) ? own.toString() : "jstat";
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line; (line = in.readLine()) != null;) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("S0C")) {
                    header = List.of(f);
                    continue;
                }
                if (header == null || f.length != header.size()) {
                    if (errors.size() < 3) {
                        errors.add(line.trim());
                    }
                    continue;
                }
                double used = num(f, header, "S0U") + num(f, header, "S1U") + num(f, header, "EU") + num(f, header, "OU");
                double committed = num(f, header, "S0C") + num(f, header, "S1C") + num(f, header, "EC")
                        + num(f, header, "OC");
                peakUsedKb = Math.max(peakUsedKb, used);
                peakCommittedKb = Math.max(peakCommittedKb, committed);
                peakOldKb = Math.max(peakOldKb, num(f, header, "OU"));
                double ygc = num(f, header, "YGC");
                double fgc = num(f, header, "FGC");
                if (firstYgc < 0) {
                    firstYgc = ygc;
                    firstFgc = fgc;
                }
                lastYgc = ygc;
                lastFgc = fgc;
                peakRssMiB = Math.max(peakRssMiB, Machine.rssMiB(pid)[0]);
                samples++;
            }
        } catch (IOException | RuntimeException e) {
            errors.add(e.toString());
        }
    }

    private static double num(String[] f, List<String> header, String column) {
        int i = header.indexOf(column);
        if (i < 0 || f[i].equals("-")) {
            return 0;
        }
        return Double.parseDouble(f[i]);
    }

    /** Stops sampling and describes what it saw. */
    Map<String, Object> take() throws InterruptedException {
        close();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("how", "jstat -gc every 1 s (heap used = S0U+S1U+EU+OU) and VmRSS at each sample; sampled peaks");
        m.put("samples", samples);
        m.put("peakHeapUsedMiB", peakUsedKb / 1024.0);
        m.put("peakHeapCommittedMiB", peakCommittedKb / 1024.0);
        m.put("peakOldGenUsedMiB", peakOldKb / 1024.0);
        m.put("youngCollections", firstYgc < 0 ? null : (long) (lastYgc - firstYgc));
        m.put("fullCollections", firstFgc < 0 ? null : (long) (lastFgc - firstFgc));
        m.put("peakRssMiB", peakRssMiB);
        m.put("rssHighWaterMarkMiB", Machine.rssMiB(pid)[1]);
        if (samples == 0 || !errors.isEmpty()) {
            m.put("sampleErrors", List.copyOf(errors));
        }
        return m;
    }

    @Override
    public void close() throws InterruptedException {
        if (jstat.isAlive()) {
            jstat.destroy();
            jstat.waitFor(5, TimeUnit.SECONDS);
        }
        reader.join(5000);
    }
}
