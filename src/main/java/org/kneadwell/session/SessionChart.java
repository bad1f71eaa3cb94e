package org.kneadwell.session;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.shared.BodyRegion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chart's sessions section (templates/session/chart.html): each session that took place or is due a note,
 * with its note's state and pain before and after, the overrides on record, and how often each region was painful
 * and treated across signed sessions. Pages call {@code ${@sessionChart.of(user, patientId)}}.
 */
@Component("sessionChart")
public class SessionChart {

    private final SessionNotes notes;
    private final Visits visits;
    private final java.time.Clock clock;

    SessionChart(SessionNotes notes, Visits visits, java.time.Clock clock) {
        this.notes = notes;
        this.visits = visits;
        this.clock = clock;
    }

    /** One past session and its note ({@link NoteStatus#NONE} if none is visible). */
    public record Row(Appointment appointment, SessionNote note) {

        public boolean written() {
            return note != null;
        }
    }

    /** How many signed sessions had the region painful, and how many treated it. */
    public record RegionTally(BodyRegion region, int painful, int treated) {
    }

    /** An override on record: the session, the row and its reason. */
    public record Override(Appointment appointment, SessionNote note, TreatmentRow row) {
    }

    public record View(List<Row> rows, List<RegionTally> regions, int signed, List<Override> overrides,
            int awaitingNote) {
    }

    @Transactional(readOnly = true)
    public View of(CurrentUser user, UUID patientId) {
        List<SessionNote> written = notes.ofPatient(user, patientId);
        Map<UUID, SessionNote> byAppointment = new java.util.HashMap<>();
        written.forEach(n -> byAppointment.put(n.appointmentId(), n));
        java.time.Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        int awaiting = 0;
        for (Appointment a : visits.ofPatient(user, patientId)) {
            boolean past = !a.start().isAfter(now);
            SessionNote note = byAppointment.get(a.publicId());
            if (note == null && (!past || a.status() == Appointment.Status.CANCELLED)) {
                continue;
            }
            rows.add(new Row(a, note));
            if (a.status() != Appointment.Status.NO_SHOW && (note == null || note.editable())) {
                awaiting++;
            }
        }
        Map<BodyRegion, int[]> counts = new EnumMap<>(BodyRegion.class);
        List<Override> overrides = new ArrayList<>();
        int signed = 0;
        for (Row row : rows) {
            SessionNote note = row.note();
            if (note == null) {
                continue;
            }
            note.content().treatments().stream().filter(TreatmentRow::isOverride)
                    .forEach(t -> overrides.add(new Override(row.appointment(), note, t)));
            if (!note.counts() || !note.content().attendance().tookPlace()) {
                continue;
            }
            signed++;
            note.content().painRegions().forEach(r -> counts.computeIfAbsent(r, k -> new int[2])[0]++);
            note.content().treatedRegions().forEach(r -> counts.computeIfAbsent(r, k -> new int[2])[1]++);
        }
        List<RegionTally> regions = counts.entrySet().stream()
                .map(e -> new RegionTally(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new View(rows, regions, signed, overrides, awaiting);
    }
}
