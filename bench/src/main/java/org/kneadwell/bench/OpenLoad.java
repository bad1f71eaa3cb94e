package org.kneadwell.bench;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-model load generator: request {@code i} is due at {@code start + i / rate}, whether or not earlier
 * requests have been answered. Latency is measured from that intended send time, not from when the request
 * could actually be sent, so a server that stalls is charged for every request that should have gone out
 * meanwhile (no coordinated omission). The service time (from the actual send) is kept beside it. At most
 * {@code maxInFlight} requests are outstanding; a request that finds none free waits, and its wait counts.
 */
final class OpenLoad {

    /** What one phase produced. Latencies in microseconds. */
    record Outcome(String name, double targetRate, long requests, long ok, long errors, Map<Integer, Long> statuses,
            double seconds, Histogram latency, Histogram service, long lateStarts, long notSent, String sampleError) {

        double throughput() {
            return seconds <= 0 ? 0 : (requests - notSent) / seconds;
        }

        double okThroughput() {
            return seconds <= 0 ? 0 : ok / seconds;
        }
    }

    private final int maxInFlight;

    OpenLoad(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    /**
     * Sends {@code count} requests at {@code rate} per second. {@code request} builds the i-th request;
     * {@code success} says which status codes count as answered correctly. A server so far behind that requests
     * are still waiting for a connection {@code graceSeconds} after the phase should have ended stops the phase:
     * the requests not sent by then are counted as {@code notSent} (and as errors), and the phase is saturated.
     */
    Outcome run(String name, double rate, int count, IntFunction<HttpRequest> request, IntPredicate success,
            double graceSeconds) throws InterruptedException {
        Recorder latency = new Recorder(3);
        Recorder service = new Recorder(3);
        Semaphore permits = new Semaphore(maxInFlight);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        AtomicLong late = new AtomicLong();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> sampleErrors = new ConcurrentLinkedQueue<>();
        double intervalNanos = 1e9 / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long deadline = start + (long) ((count / rate + graceSeconds) * 1e9);
        long notSent = 0;
        try (PlainHttp client = new PlainHttp(maxInFlight)) {
            for (int i = 0; i < count; i++) {
                long intended = start + (long) (i * intervalNanos);
                long wait;
                while ((wait = intended - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (!permits.tryAcquire()) {
                    late.incrementAndGet();
                    if (!permits.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                        notSent = count - i;
                        break;
                    }
                }
                HttpRequest req = request.apply(i);
                long sent = System.nanoTime();
                client.send(req).whenComplete((response, failure) -> {
                    long done = System.nanoTime();
                    latency.recordValue(Math.max(1, (done - intended) / 1000));
                    service.recordValue(Math.max(1, (done - sent) / 1000));
                    lastDone.accumulateAndGet(done, Math::max);
                    if (failure != null) {
                        errors.incrementAndGet();
                        statuses.merge(-1, 1L, Long::sum);
                        if (sampleErrors.size() < 3) {
                            sampleErrors.add(failure.toString());
                        }
                    } else {
                        statuses.merge(response.status(), 1L, Long::sum);
                        if (success.test(response.status())) {
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            if (sampleErrors.size() < 3) {
                                String body = response.body() == null ? "" : response.body();
                                sampleErrors.add(response.status() + " " + body.substring(0, Math.min(300, body.length())));
                            }
                        }
                    }
                    permits.release();
                });
            }
            if (!permits.tryAcquire(maxInFlight, 120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + ": requests still unanswered 120 s after the last was sent");
            }
        }
        double seconds = (lastDone.get() - start) / 1e9;
        return new Outcome(name, rate, count, ok.get(), errors.get() + notSent, new TreeMap<>(statuses), seconds,
                latency.getIntervalHistogram(), service.getIntervalHistogram(), late.get(), notSent, sampleErrors.peek());
    }
}
