package org.kneadwell.session;

/**
 * How bad a reaction after a session was, in the common three grades of adverse-event reporting: mild (noticed,
 * no change to daily life), moderate (limited daily activities), severe (stopped daily activities or needed
 * medical care). A severe one alerts the care team at once and puts the next session up for review.
 */
public enum Severity {
    MILD, MODERATE, SEVERE
}
