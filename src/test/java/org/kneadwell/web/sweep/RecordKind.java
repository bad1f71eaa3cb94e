package org.kneadwell.web.sweep;

/** The kinds of record a path variable names, and who each kind belongs to. */
public enum RecordKind {
    PATIENT(Belongs.TO_A_PATIENT),
    PLAN(Belongs.TO_A_PATIENT),
    APPOINTMENT(Belongs.TO_A_PATIENT),
    SESSION_NOTE(Belongs.TO_A_PATIENT),
    CLEARANCE_REQUEST(Belongs.TO_A_PATIENT),
    /** A care-team conversation about a patient. */
    MESSAGE_THREAD(Belongs.TO_A_PATIENT),
    /** One message in a patient's conversation. */
    MESSAGE(Belongs.TO_A_PATIENT),
    /** A document sent with a message (a progress report). */
    MESSAGE_ATTACHMENT(Belongs.TO_A_PATIENT),
    /**
     * An account on the patient's care team. Staff accounts are listed to all staff (to add them to a team), so the
     * id is no secret: what the route protects is the patient beside it in the path.
     */
    CARE_TEAM_MEMBER(Belongs.TO_EVERYONE),
    /** A step of the intake; the patient in the same path is what is protected. */
    INTAKE_STEP(Belongs.TO_EVERYONE),
    /** An outcome instrument (a questionnaire's id); the patient in the same path is what is protected. */
    INSTRUMENT(Belongs.TO_EVERYONE),
    /** One of our published FHIR code systems: no one's data. */
    VOCABULARY(Belongs.TO_EVERYONE),
    ALERT(Belongs.TO_AN_ACCOUNT),
    /** Working hours, a break or time off in a therapist's own schedule. */
    AVAILABILITY_ENTRY(Belongs.TO_AN_ACCOUNT),
    THERAPIST_PROFILE(Belongs.TO_EVERYONE),
    /** A therapist's own calendar of sessions: hers, and the clinic admin's to see. */
    THERAPIST_CALENDAR(Belongs.TO_AN_ACCOUNT),
    ACCOUNT(Belongs.TO_EVERYONE),
    /** An account whose invitation nobody has accepted yet (the demo clinic's Sam Rivera): the admin's to resend. */
    INVITED_ACCOUNT(Belongs.TO_EVERYONE),
    /**
     * An invitation or calendar-feed secret, or a bulk export's job id or file name (its requester's alone, tested in
     * BulkExportTest): the sweep only ever holds one that no one was given.
     */
    UNKNOWN_TOKEN(Belongs.TO_EVERYONE);

    /**
     * Whose a record is decides what someone else gets: a patient's record answers 404 to anyone outside that
     * patient's access; an account's own record (an alert, a schedule entry) answers another account exactly as if
     * it did not exist; shared records (the directory, accounts for the admin) have no outsiders.
     */
    public enum Belongs {
        TO_A_PATIENT, TO_AN_ACCOUNT, TO_EVERYONE
    }

    private final Belongs belongs;

    RecordKind(Belongs belongs) {
        this.belongs = belongs;
    }

    public Belongs belongs() {
        return belongs;
    }
}
