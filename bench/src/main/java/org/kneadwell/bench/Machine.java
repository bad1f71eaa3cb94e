package org.kneadwell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What /proc says about the machine and a process (Linux). */
final class Machine {

    /** Clock ticks per second of /proc/PID/stat; 100 on every Linux the harness runs on (getconf CLK_TCK). */
    private static final double TICKS = 100.0;

    private Machine() {
    }

    static double[] rssMiB(long pid) {
        double rss = -1;
        double hwm = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kb(line) / 1024.0;
                } else if (line.startsWith("VmHWM:")) {
                    hwm = kb(line) / 1024.0;
                }
            }
        } catch (IOException gone) {
            // the process has ended
        }
        return new double[] { rss, hwm };
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    static double processCpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime) are 12 and 13 after the command name and state
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /** Busy and total jiffies of all CPUs, from the first line of /proc/stat. */
    static long[] cpuJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] { total - idle, total };
        } catch (IOException e) {
            return new long[] { 0, 0 };
        }
    }

    static double busyPercent(long[] before, long[] after) {
        long total = after[1] - before[1];
        return total <= 0 ? -1 : 100.0 * (after[0] - before[0]) / total;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", firstMatching(Path.of("/proc/cpuinfo"), "model name"));
        m.put("memTotal", firstMatching(Path.of("/proc/meminfo"), "MemTotal"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("loadAverageAtStart", loadAverage());
        return m;
    }

    private static String firstMatching(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
