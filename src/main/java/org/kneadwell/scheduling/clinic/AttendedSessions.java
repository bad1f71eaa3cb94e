package org.kneadwell.scheduling.clinic;

import java.time.Instant;
import java.util.List;

import org.kneadwell.scheduling.Appointment;
import org.springframework.modulith.NamedInterface;

/**
 * Attended sessions for work the clinic does on its own, with nobody signed in (the 48-hour follow-up job): read
 * without an access check or audit, so only modules that declare {@code scheduling :: jobs} may use it, and only
 * to start work whose own reads and writes are checked.
 */
@NamedInterface("jobs")
public interface AttendedSessions {

    /** Sessions marked attended whose end lies in [from, to), oldest first. */
    List<Appointment> endedBetween(Instant from, Instant to);
}
