package org.kneadwell.outcome;

import java.time.LocalDate;

/** A questionnaire the patient should answer: since when, and whether it is overdue (flagged to the therapist). */
public record Due(Instrument instrument, LocalDate dueOn, boolean overdue) {
}
