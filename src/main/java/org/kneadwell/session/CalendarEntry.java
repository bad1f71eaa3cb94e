package org.kneadwell.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.kneadwell.scheduling.Appointment;
import org.kneadwell.shared.Technique;

/**
 * One session on a therapist's calendar, in the clinic's time zone. Built for a whole calendar at once by
 * {@link SessionDesk#entries}, with one query per extra column (check-ins, note states).
 *
 * @param patientName     the patient's name, or {@code null} when the reader may no longer see the patient
 * @param place           the clinic location's name, or {@code null} when the session has none
 * @param blockedBySafety effective safety no longer allows the session (screening contract §5.5)
 * @param checkedIn       the patient has checked in for it
 * @param checkInRaised   the check-in raised a red flag or something new (the session page says what)
 * @param noteStatus      how far the session's note has come ({@link NoteStatus#NONE} before one is started)
 * @param reviewReason    why the session is up for review (a severe reaction after the last one), or {@code null}
 */
public record CalendarEntry(UUID appointmentId, LocalDate day, LocalTime start, LocalTime end, int minutes,
        UUID patientId, String patientName, Technique technique, String place, Appointment.Status status,
        boolean blockedBySafety, String blockedReason, boolean checkedIn, boolean checkInRaised,
        NoteStatus noteStatus, String reviewReason) {

    public String statusName() {
        return status.name();
    }
}
