package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of one server-rendered SVG chart (the template {@code outcome/plots.html} draws it): coordinates in
 * a 640 × 240 view box, axis ticks with their words, points, session before/after pairs, a polyline, and a band or
 * threshold line. Computed here so the page and the PDF report draw exactly the same chart.
 */
public record Plot(List<Tick> xTicks, List<Tick> yTicks, List<Dot> dots, List<Pair> pairs, String line,
        Band band, Double threshold, String thresholdLabel) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 240;
    static final int LEFT = 40;
    static final int RIGHT = 16;
    static final int TOP = 24;
    static final int BOTTOM = 36;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public record Tick(double at, String label) {
    }

    public record Dot(double x, double y, String title) {
    }

    /** A session: pain before (y1) and after (y2), numbered, its techniques in the title. */
    public record Pair(double x, double y1, double y2, String number, String title) {
    }

    public record Band(double y1, double y2) {

        public double height() {
            return y2 - y1;
        }
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    /** Maps times and values into the view box. */
    static final class Axes {

        private final long from;
        private final long to;
        private final double low;
        private final double high;

        Axes(Instant from, Instant to, double low, double high) {
            this.from = from.getEpochSecond();
            this.to = Math.max(to.getEpochSecond(), this.from + 86_400);
            this.low = low;
            this.high = high > low ? high : low + 1;
        }

        double x(Instant at) {
            return round(LEFT + (WIDTH - LEFT - RIGHT) * (double) (at.getEpochSecond() - from) / (to - from));
        }

        double y(BigDecimal value) {
            return y(value.doubleValue());
        }

        double y(double value) {
            double clamped = Math.max(low, Math.min(high, value));
            return round(HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (clamped - low) / (high - low));
        }

        List<Tick> yTicks(int steps) {
            List<Tick> ticks = new ArrayList<>();
            for (int i = 0; i <= steps; i++) {
                double value = low + (high - low) * i / steps;
                ticks.add(new Tick(y(value), BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()));
            }
            return ticks;
        }

        List<Tick> xTicks(ZoneId zone) {
            List<Tick> ticks = new ArrayList<>();
            for (int i = 0; i <= 4; i++) {
                long second = from + (to - from) * i / 4;
                LocalDate day = Instant.ofEpochSecond(second).atZone(zone).toLocalDate();
                ticks.add(new Tick(x(Instant.ofEpochSecond(second)), DAY.format(day)));
            }
            return ticks;
        }

        private static double round(double v) {
            return Math.round(v * 10) / 10.0;
        }
    }
}
