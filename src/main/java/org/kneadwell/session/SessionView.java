package org.kneadwell.session;

import org.kneadwell.clearance.SafetyToday;

/**
 * One session's page: its calendar entry, effective safety on its day, and its latest check-in.
 *
 * @param stop        a stop banner: the session may not start (blocked by safety, or safety on its day does not allow
 *                    its technique)
 * @param stopReason  why, in words
 * @param checkIn     the latest check-in, or {@code null}
 * @param mayCheckIn  a check-in can be taken now (booked, from 24 hours before until it ends)
 * @param mayStart    nothing stops the session: booked, its day has come, checked in, and safety allows it
 */
public record SessionView(CalendarEntry entry, String therapistName, SafetyToday safety, boolean stop,
        String stopReason, CheckIn checkIn, boolean mayCheckIn, boolean mayStart) {
}
