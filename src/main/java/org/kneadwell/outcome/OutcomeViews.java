package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.DisplayDates;
import org.kneadwell.shared.RegionWords;
import org.kneadwell.shared.Technique;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages show of outcomes, for templates ({@code ${@outcomeViews.chart(user, id)}}): the chart's outcomes
 * section (the pain timeline, one trend per instrument, each with a data table and a text summary) and what is
 * due for the home page. Reads check the access policy and are audited like every patient-data read.
 */
@Component("outcomeViews")
public class OutcomeViews {

    private static final Duration HISTORY = Duration.ofDays(366);
    /** How many pain maps the body-map view lists. */
    private static final int RECENT_MAPS = 12;

    private final Outcomes outcomes;
    private final Measurements measurements;
    private final PainMaps painMaps;
    private final InstrumentCatalog catalog;
    private final PatientRecords records;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ClinicSettings clinic;
    private final Clock clock;

    OutcomeViews(Outcomes outcomes, Measurements measurements, PainMaps painMaps, InstrumentCatalog catalog,
            PatientRecords records, AuditTrail audit, MessageSource messages, ClinicSettings clinic, Clock clock) {
        this.outcomes = outcomes;
        this.measurements = measurements;
        this.painMaps = painMaps;
        this.catalog = catalog;
        this.records = records;
        this.audit = audit;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** One session in the timeline's table. */
    public record SessionRow(Instant at, int before, int after, String number, List<Technique> techniques) {
    }

    /** One instrument's trend: its plot, rows for the data table, and the summary sentence. */
    public record Trend(Instrument instrument, Plot plot, List<Measurement> rows, String summary, Change change) {

        public String display(BigDecimal value) {
            return value.setScale(instrument.decimals(), RoundingMode.HALF_UP).toPlainString();
        }
    }

    public record PainTimeline(Plot plot, List<Measurement> points, List<SessionRow> sessions, String summary,
            Change change, String band) {
    }

    /**
     * The body-map view over time: the first and the latest pain map, every recent map newest first (for the data
     * table), and a sentence saying what changed.
     */
    public record PainMapView(PainMap first, PainMap latest, List<PainMap> recent, String summary, String firstCaption,
            String latestCaption) {

        public boolean single() {
            return first.equals(latest);
        }
    }

    public record ChartSection(UUID patientId, PainTimeline pain, List<Trend> trends, List<Due> due, boolean mayAnswer,
            boolean plain, PainMapView painMap) {
    }

    @Transactional(readOnly = true)
    public ChartSection chart(CurrentUser user, UUID patientId) {
        Patient patient = records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        Instant to = clock.instant().plusSeconds(1);
        Instant from = to.minus(HISTORY);
        Map<String, Change> progress = outcomes.progressOf(patientId).stream()
                .collect(Collectors.toMap(Change::instrument, c -> c, (a, b) -> a, LinkedHashMap::new));
        PainTimeline pain = painTimeline(patientId, from, to, progress.get(Measurement.PAIN));
        List<Trend> trends = new ArrayList<>();
        for (Change change : progress.values()) {
            if (change.instrument().equals(Measurement.PAIN)) {
                continue;
            }
            catalog.find(change.instrument()).map(Availability::instrument).ifPresent(instrument ->
                    trends.add(trend(patientId, instrument, change, from, to)));
        }
        audit.read(user, "outcome.chart.read", patientId, "measurement", null);
        return new ChartSection(patientId, pain, trends, outcomes.dueOf(patient),
                records.may(user, PatientAction.EDIT_CLINICAL, patient), user.is(Role.PATIENT), painMap(patientId));
    }

    /** What the signed-in patient should answer now (home page). */
    @Transactional(readOnly = true)
    public List<Due> due(CurrentUser user, UUID patientId) {
        return outcomes.due(user, patientId);
    }

    /** The sentence under a chart, e.g. "Pain down 3 points (43%) since baseline, a clinically important change." */
    public String summary(Instrument instrument, Change change) {
        if (change == null) {
            return text("outcome.summary.none");
        }
        String name = text("outcome.name." + instrument.id());
        String points = change.change().abs().setScale(instrument.decimals(), RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        String percent = change.changePercent() == null ? ""
                : " (" + change.changePercent().abs().setScale(0, RoundingMode.HALF_UP).toPlainString() + "%)";
        String direction = change.change().signum() == 0 ? "same" : change.change().signum() < 0 ? "down" : "up";
        String verdict = instrument.mcid() == null ? text("outcome.summary.noMcid")
                : change.mcidReached() ? text("outcome.summary.important")
                        : change.worsenedByMcid() ? text("outcome.summary.worse") : text("outcome.summary.notYet");
        if (direction.equals("same")) {
            return text("outcome.summary.same", name, verdict);
        }
        return text("outcome.summary." + direction, name, points, percent, verdict);
    }

    private PainTimeline painTimeline(UUID patientId, Instant from, Instant to, Change change) {
        List<Measurement> points = measurements.series(patientId, Measurement.PAIN, from, to);
        List<Measurement> after = measurements.series(patientId, Measurement.PAIN_AFTER_SESSION, from, to);
        if (points.isEmpty()) {
            return null;
        }
        Instrument nprs = catalog.find(Measurement.PAIN).orElseThrow().instrument();
        Instant start = points.get(0).effectiveAt();
        Instant end = points.get(points.size() - 1).effectiveAt();
        Plot.Axes axes = new Plot.Axes(start, end, 0, 10);
        Map<UUID, Measurement> afterBySession = after.stream().filter(m -> m.appointmentId() != null)
                .collect(Collectors.toMap(Measurement::appointmentId, m -> m, (a, b) -> b));
        List<Plot.Dot> dots = new ArrayList<>();
        List<Plot.Pair> pairs = new ArrayList<>();
        List<SessionRow> sessions = new ArrayList<>();
        for (Measurement m : points) {
            if (m.source() == Measurement.Source.SESSION && afterBySession.containsKey(m.appointmentId())) {
                Measurement a = afterBySession.get(m.appointmentId());
                String number = String.valueOf(sessions.size() + 1);
                String techniques = m.techniques().stream().map(t -> text("technique." + t.name()))
                        .collect(Collectors.joining(", "));
                pairs.add(new Plot.Pair(axes.x(m.effectiveAt()), axes.y(m.value()), axes.y(a.value()), number,
                        text("outcome.pain.pairTitle", number, m.value().intValue(), a.value().intValue(), techniques)));
                sessions.add(new SessionRow(m.effectiveAt(), m.value().intValue(), a.value().intValue(), number,
                        m.techniques()));
            } else {
                dots.add(new Plot.Dot(axes.x(m.effectiveAt()), axes.y(m.value()),
                        text("outcome.pain.dotTitle", m.value().intValue())));
            }
        }
        Plot.Band band = null;
        String bandText = null;
        if (change != null) {
            double baseline = change.baseline().doubleValue();
            double mcid = nprs.mcid().points().doubleValue();
            band = new Plot.Band(axes.y(baseline + mcid), axes.y(baseline - mcid));
            bandText = text("outcome.pain.band", format(baseline - mcid), format(baseline + mcid));
        }
        Plot plot = new Plot(axes.xTicks(clinic.zone()), axes.yTicks(5), dots, pairs, null, band, null, null);
        List<Measurement> newestFirst = new ArrayList<>(points);
        newestFirst.sort(Comparator.comparing(Measurement::effectiveAt).reversed());
        List<SessionRow> sessionsNewestFirst = new ArrayList<>(sessions);
        java.util.Collections.reverse(sessionsNewestFirst);
        return new PainTimeline(plot, newestFirst, sessionsNewestFirst, summary(nprs, change), change, bandText);
    }

    private Trend trend(UUID patientId, Instrument instrument, Change change, Instant from, Instant to) {
        List<Measurement> series = measurements.series(patientId, instrument.id(), from, to);
        Instant start = series.isEmpty() ? from : series.get(0).effectiveAt();
        Instant end = series.isEmpty() ? to : series.get(series.size() - 1).effectiveAt();
        Plot.Axes axes = new Plot.Axes(start, end, instrument.min().doubleValue(), instrument.max().doubleValue());
        String line = series.stream().map(m -> axes.x(m.effectiveAt()) + "," + axes.y(m.value()))
                .collect(Collectors.joining(" "));
        List<Plot.Dot> dots = series.stream().map(m -> new Plot.Dot(axes.x(m.effectiveAt()), axes.y(m.value()),
                m.value().setScale(instrument.decimals(), RoundingMode.HALF_UP).toPlainString())).toList();
        Double threshold = null;
        String thresholdLabel = null;
        if (instrument.mcid() != null) {
            double target = change.baseline().doubleValue()
                    + (instrument.higherIsWorse() ? -1 : 1) * instrument.mcid().points().doubleValue();
            threshold = axes.y(target);
            thresholdLabel = text("outcome.trend.threshold", format(target));
        }
        int steps = instrument.max().subtract(instrument.min()).intValue() % 4 == 0 ? 4 : 5;
        Plot plot = new Plot(axes.xTicks(clinic.zone()), axes.yTicks(steps), dots, List.of(), line, null, threshold,
                thresholdLabel);
        List<Measurement> newestFirst = new ArrayList<>(series);
        java.util.Collections.reverse(newestFirst);
        return new Trend(instrument, plot, newestFirst, summary(instrument, change), change);
    }

    private PainMapView painMap(UUID patientId) {
        List<PainMap> recent = painMaps.latest(patientId, RECENT_MAPS);
        if (recent.isEmpty()) {
            return null;
        }
        PainMap first = painMaps.first(patientId).orElseThrow();
        PainMap latest = recent.get(0);
        return new PainMapView(first, latest, recent, mapSummary(PainMapChange.between(first, latest)),
                caption("outcome.map.first", first), caption("outcome.map.latest", latest));
    }

    /** "Latest: Session, 24 Nov 2026". */
    private String caption(String key, PainMap map) {
        return text(key, text("outcome.map.source." + map.source()),
                DisplayDates.date(map.reportedAt().atZone(clinic.zone()).toLocalDate()));
    }

    /** "No longer marked since 3 Mar 2026: the whole lower back. Still marked: left buttock." */
    String mapSummary(PainMapChange change) {
        String since = DisplayDates.date(change.first().reportedAt().atZone(clinic.zone()).toLocalDate());
        if (change.single()) {
            return text("outcome.map.summary.single", since);
        }
        List<String> parts = new ArrayList<>();
        if (change.gone().isEmpty() && change.added().isEmpty()) {
            parts.add(text("outcome.map.summary.same", since));
        }
        if (!change.gone().isEmpty()) {
            parts.add(text("outcome.map.summary.gone", since, RegionWords.describe(change.gone())));
        }
        if (!change.added().isEmpty()) {
            parts.add(text("outcome.map.summary.added", since, RegionWords.describe(change.added())));
        }
        if (!change.still().isEmpty() && !(change.gone().isEmpty() && change.added().isEmpty())) {
            parts.add(text("outcome.map.summary.still", RegionWords.describe(change.still())));
        }
        return String.join(" ", parts);
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.ENGLISH);
    }

    Optional<Instrument> instrument(String id) {
        return catalog.available(id);
    }
}
