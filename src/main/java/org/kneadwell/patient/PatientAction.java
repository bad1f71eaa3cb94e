package org.kneadwell.patient;

/** What someone wants to do with a patient's data; the {@link AccessPolicy} answers for each. */
public enum PatientAction {
    /** Name, date of birth, contact details, care team. */
    VIEW_DEMOGRAPHICS,
    /** Clinical data: referral, intake, screen, notes, outcomes. */
    VIEW_CLINICAL,
    /** Add to or change the clinical record. */
    EDIT_CLINICAL,
    /** Change the record's demographics. */
    EDIT_DEMOGRAPHICS,
    /** Add or remove care team members. */
    MANAGE_CARE_TEAM,
    /** Invite the patient to an account of their own. */
    INVITE,
    /** Add records that arrive from another system (a FHIR import): the care team, and admins moving a clinic in. */
    IMPORT_RECORDS
}
