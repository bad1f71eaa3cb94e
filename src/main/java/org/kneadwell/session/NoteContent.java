package org.kneadwell.session;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kneadwell.shared.BodyRegion;

/**
 * What a SOAP session note says. Subjective: the patient's report, pain before (0–10) and where it hurts today;
 * Objective: palpation per region and optional range-of-motion tests (modified Schober and fingertip-to-floor, cm);
 * Assessment; Plan; the treatments given; pain after (0–10) and the patient's own words. A draft may be incomplete;
 * {@link #completeForSigning()} says what a signed note needs.
 */
public record NoteContent(Attendance attendance, Integer painBefore, Set<BodyRegion> painRegions, String subjective,
        List<Palpation> palpations, BigDecimal schoberCm, BigDecimal fingertipFloorCm, String assessment,
        String plan, List<TreatmentRow> treatments, Integer painAfter, String patientWords) {

    public NoteContent {
        Objects.requireNonNull(attendance, "attendance");
        checkPain(painBefore);
        checkPain(painAfter);
        painRegions = painRegions == null || painRegions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(painRegions));
        subjective = text(subjective);
        palpations = palpations == null ? List.of() : List.copyOf(palpations);
        assessment = text(assessment);
        plan = text(plan);
        treatments = treatments == null ? List.of() : List.copyOf(treatments);
        patientWords = text(patientWords);
        if (attendance == Attendance.NO_SHOW && (!treatments.isEmpty() || painAfter != null)) {
            throw new IllegalArgumentException("Nothing was treated in a session the patient missed");
        }
    }

    private static void checkPain(Integer pain) {
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new IllegalArgumentException("Pain is scored 0-10, not " + pain);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** A note without anything in it yet, for a session that took place. */
    public static NoteContent empty() {
        return new NoteContent(Attendance.ATTENDED, null, Set.of(), "", List.of(), null, null, "", "", List.of(), null,
                "");
    }

    /** The regions treated in any row. */
    public Set<BodyRegion> treatedRegions() {
        Set<BodyRegion> treated = EnumSet.noneOf(BodyRegion.class);
        treatments.forEach(row -> treated.addAll(row.regions()));
        return treated;
    }

    /** Whether a treatment went beyond a limit of the day. */
    public boolean hasOverride() {
        return treatments.stream().anyMatch(TreatmentRow::isOverride);
    }

    /**
     * What is missing before the note can be signed, by field: a session that took place needs pain before and
     * after and at least one treatment; a missed session needs nothing more.
     */
    public List<NoteProblem> completeForSigning() {
        if (!attendance.tookPlace()) {
            return List.of();
        }
        List<NoteProblem> missing = new java.util.ArrayList<>();
        if (painBefore == null) {
            missing.add(NoteProblem.of("painBefore", "note.error.sign.painBefore"));
        }
        if (treatments.isEmpty()) {
            missing.add(NoteProblem.of("treatments", "note.error.sign.treatments"));
        }
        if (painAfter == null) {
            missing.add(NoteProblem.of("painAfter", "note.error.sign.painAfter"));
        }
        return missing;
    }
}
