package org.kneadwell.patient;

/** The part an account plays on a patient's care team. */
public enum TeamRole { THERAPIST, CLINICIAN }
