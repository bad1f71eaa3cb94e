package org.kneadwell.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kneadwell.clearance.ClearanceStatus;
import org.kneadwell.clearance.EffectiveVerdict;
import org.kneadwell.clearance.Limit;
import org.kneadwell.clearance.LimitSource;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.shared.Technique;

/** Each reason of effective safety is written once on the report, and each technique points at its own. */
class SafetyNotesTest {

    private static final Limit NUMB = new Limit(LimitSource.SCREEN, "NEUROPATHY", "Reduced feeling: keep pressure light.",
            List.of("S1"));
    private static final Limit CAP = new Limit(LimitSource.CLEARANCE, "PRESSURE_CAP", "Clearance: pressure 2 at most",
            List.of());
    private static final Limit SCOPE = new Limit(LimitSource.NOT_IN_SCOPE, "NOT_IN_SCOPE",
            "Clearance does not include this technique.", List.of());

    @Test
    void aReasonSharedByTechniquesIsNumberedOnceAndEachRowNamesItsOwn() {
        List<EffectiveVerdict> verdicts = new ArrayList<>();
        for (Technique t : Technique.values()) {
            verdicts.add(switch (t) {
                case SWEDISH -> new EffectiveVerdict(t, true, TechniqueStatus.RESTRICTED, 2, Heat.STANDARD, new java.util.TreeSet<>(),
                        List.of(NUMB, CAP));
                case HOT_STONE -> new EffectiveVerdict(t, false, TechniqueStatus.RESTRICTED, 2, Heat.WARM_ONLY, new java.util.TreeSet<>(),
                        List.of(NUMB, SCOPE));
                default -> new EffectiveVerdict(t, true, TechniqueStatus.SUITABLE, 5, Heat.STANDARD, new java.util.TreeSet<>(), List.of());
            });
        }
        SafetyToday today = new SafetyToday(LocalDate.of(2026, 12, 2), ClearanceStatus.VALID, false,
                LocalDate.of(2026, 12, 12), verdicts);

        SafetyNotes notes = SafetyNotes.of(today);

        assertThat(notes.reasons()).containsExactly("Reduced feeling: keep pressure light.",
                "Clearance: pressure 2 at most", "Clearance does not include this technique.");
        assertThat(notes.rows()).hasSize(5);
        assertThat(notes.rows().get(0).noteList()).isEqualTo("1, 2");
        assertThat(notes.rows().get(1).noteList()).isEmpty();
        assertThat(notes.rows().get(4).noteList()).isEqualTo("1, 3");
    }
}
