package org.kneadwell.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application under test, started from its jar exactly as the README says ({@code java -jar}, no JVM
 * options; W6 also starts it with a class data archive), with the environment the harness chooses. Stopped with SIGTERM (then SIGKILL after 30 s).
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final long startedNanos;
    private final int port;
    private final Path log;

    private AppProcess(Process process, long startedNanos, int port, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        this.log = log;
    }

    /**
     * The app from its jar, with the JVM options in {@code BENCH_APP_JAVA_OPTIONS} (space-separated, e.g. a profiler's
     * {@code -agentpath}; the caller's {@code JAVA_TOOL_OPTIONS} would reach the harness too, so the app never gets it).
     */
    static AppProcess start(Path jar, Map<String, String> env, int port, Path log) throws IOException {
        String extra = System.getenv().getOrDefault("BENCH_APP_JAVA_OPTIONS", "").strip();
        return start(extra.isEmpty() ? List.of() : List.of(extra.split("\\s+")), jar, env, port, log);
    }

    /** The same with JVM options before {@code -jar} (W6's start with a class data archive). */
    static AppProcess start(List<String> javaOptions, Path jar, Map<String, String> env, int port, Path log)
            throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("java"));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The app reads only what the harness gives it: no KNEADWELL_* or SPRING_* from the caller's shell.
        builder.environment().keySet().removeIf(k -> k.startsWith("KNEADWELL_") || k.startsWith("SPRING_")
                || k.equals("SERVER_PORT") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        Files.createDirectories(log.getParent());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        AppProcess app = new AppProcess(process, started, port, log);
        Runtime.getRuntime().addShutdownHook(new Thread(app::kill));
        return app;
    }

    /** Seconds from the process start until /actuator/health/readiness answers 200. */
    double awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("the app was not ready within " + timeout + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** VmRSS and VmHWM (peak) of the app, in MiB. */
    double[] rssMiB() {
        return Machine.rssMiB(process.pid());
    }

    /** CPU seconds (user + system) the app has used so far. */
    double cpuSeconds() {
        return Machine.processCpuSeconds(process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private void kill() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
