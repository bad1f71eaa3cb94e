package org.kneadwell.session;

/** Whether the patient came to the session, set from the note: a late arrival is attended, and says so. */
public enum Attendance {
    ATTENDED, LATE, NO_SHOW;

    /** Whether the session took place (the appointment is then attended). */
    public boolean tookPlace() {
        return this != NO_SHOW;
    }
}
