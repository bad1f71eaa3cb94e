package org.kneadwell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kneadwell.clearance.EffectiveVerdict;
import org.kneadwell.clearance.Limit;
import org.kneadwell.clearance.LimitSource;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.session.NoteInput.TreatmentInput;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/** A treatment row against one technique's effective verdict of the day, and a typed note read field by field. */
class TreatmentRowCheckTest {

    private static final Limit BLOOD_THINNERS = new Limit(LimitSource.SCREEN, "BLOOD_THINNERS",
            "Blood thinners: bruising risk, light pressure only.", List.of("S31"));
    private static final Limit PREGNANCY = new Limit(LimitSource.SCREEN, "PREGNANCY",
            "Pregnancy: no abdominal massage, warm stones only.", List.of("S31"));

    private static EffectiveVerdict restricted(Technique technique, int cap, Heat heat, Set<BodyRegion> avoid,
            Limit limit) {
        return new EffectiveVerdict(technique, true, TechniqueStatus.RESTRICTED, cap, heat, new TreeSet<>(avoid),
                List.of(limit));
    }

    private static EffectiveVerdict contraindicated(Technique technique) {
        return new EffectiveVerdict(technique, false, TechniqueStatus.CONTRAINDICATED, 0, Heat.NONE, new TreeSet<>(),
                List.of(BLOOD_THINNERS));
    }

    private static TreatmentRow row(Technique technique, int pressure, BigDecimal stone, String reason,
            BodyRegion... regions) {
        return new TreatmentRow(technique, EnumSet.of(regions[0], regions), pressure, 20, stone, reason, List.of());
    }

    @Test
    void refusesAContraindicatedTechniqueWhateverTheReason() {
        SafetyCheck.Row checked = SafetyCheck.row("treatments[0]",
                row(Technique.DEEP_TISSUE, 1, null, "The patient insisted", BodyRegion.LOWER_BACK_LEFT),
                contraindicated(Technique.DEEP_TISSUE));
        assertThat(checked.checked()).isNull();
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("treatments[0].technique");
            assertThat(p.key()).isEqualTo("note.error.contraindicated");
            assertThat(p.safety()).isTrue();
        });
    }

    @Test
    void refusesPressureOverTheCapWithoutAReasonNamingTheCapAndWhy() {
        SafetyCheck.Row checked = SafetyCheck.row("treatments[1]",
                row(Technique.SWEDISH, 3, null, null, BodyRegion.LOWER_BACK_LEFT),
                restricted(Technique.SWEDISH, 2, Heat.STANDARD, Set.of(), BLOOD_THINNERS));
        assertThat(checked.checked()).isNull();
        assertThat(checked.problems()).extracting(NoteProblem::field)
                .containsExactly("treatments[1].pressure", "treatments[1].overrideReason");
        assertThat(checked.problems().get(0).args())
                .containsExactly(2, "Blood thinners: bruising risk, light pressure only");
    }

    @Test
    void acceptsGoingBeyondALimitWithAReasonAndRecordsWhat() {
        SafetyCheck.Row checked = SafetyCheck.row("treatments[0]",
                row(Technique.SWEDISH, 3, null, "Dense tension, skin checked", BodyRegion.ABDOMEN),
                restricted(Technique.SWEDISH, 2, Heat.STANDARD, Set.of(BodyRegion.ABDOMEN), PREGNANCY));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.checked().isOverride()).isTrue();
        assertThat(checked.checked().overridden()).containsExactly("pressure 3 above the cap of 2",
                "regions to avoid: belly (abdomen)");
        assertThat(checked.checked().overrideReason()).isEqualTo("Dense tension, skin checked");
    }

    @Test
    void acceptsARestrictedTechniqueWithinItsLimitsAndDropsAnUnneededReason() {
        SafetyCheck.Row checked = SafetyCheck.row("treatments[0]",
                row(Technique.HOT_STONE, 2, new BigDecimal("47"), "just in case", BodyRegion.LOWER_BACK_LEFT),
                restricted(Technique.HOT_STONE, 5, Heat.WARM_ONLY, Set.of(BodyRegion.ABDOMEN), PREGNANCY));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.checked().isOverride()).isFalse();
        assertThat(checked.checked().overrideReason()).isNull();
    }

    @Test
    void refusesHotterStonesThanTheHeatAllowsWithoutAReason() {
        SafetyCheck.Row checked = SafetyCheck.row("treatments[0]",
                row(Technique.HOT_STONE, 2, new BigDecimal("52"), null, BodyRegion.LOWER_BACK_LEFT),
                restricted(Technique.HOT_STONE, 5, Heat.WARM_ONLY, Set.of(), PREGNANCY));
        assertThat(checked.problems()).extracting(NoteProblem::field)
                .containsExactly("treatments[0].stoneTemperatureC", "treatments[0].overrideReason");
        assertThat(checked.problems().get(0).args().get(0)).isEqualTo("49");
    }

    @Test
    void readsEveryWrongFieldOfATypedNote() {
        NoteReader.Read read = NoteReader.read(new NoteInput("SOMETIMES", "11", List.of("ELBOW"), null, null, null,
                null, List.of(new TreatmentInput("SWEDISH", List.of("LOWER_BACK"), "6", "0", null, null),
                        new TreatmentInput("HOT_STONE", List.of(), "2", "61", "55", null),
                        new TreatmentInput("REIKI", List.of("SACRUM"), "x", "10", "40", null)),
                "-1", null), 60);
        assertThat(read.content()).isNull();
        assertThat(read.problems()).extracting(NoteProblem::field).contains("attendance", "painBefore",
                "painRegions", "painAfter", "treatments[0].pressure", "treatments[0].minutes",
                "treatments[1].regions", "treatments[1].minutes", "treatments[1].stoneTemperatureC",
                "treatments[2].technique", "treatments[2].pressure");
        assertThat(read.problems()).noneMatch(NoteProblem::safety);
    }

    @Test
    void refusesTreatmentsThatAddUpToMoreThanTheSession() {
        NoteReader.Read read = NoteReader.read(new NoteInput(null, "5", null, null, null, null, null,
                List.of(new TreatmentInput("SWEDISH", List.of("LOWER_BACK"), "2", "40", null, null),
                        new TreatmentInput("SWEDISH", List.of("NECK"), "2", "30", null, null)), "3", null), 60);
        assertThat(read.problems()).extracting(NoteProblem::field).containsExactly("treatments[1].minutes");
    }

    @Test
    void aSignedNoteNeedsPainBeforeAndAfterAndATreatmentUnlessTheSessionWasMissed() {
        assertThat(NoteContent.empty().completeForSigning()).extracting(NoteProblem::field)
                .containsExactly("painBefore", "treatments", "painAfter");
        NoteContent missed = new NoteContent(Attendance.NO_SHOW, null, Set.of(), "", List.of(), null, null, "", "",
                List.of(), null, "");
        assertThat(missed.completeForSigning()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new TreatmentRow(Technique.SWEDISH,
                Set.of(BodyRegion.NECK), 6, 10, null, null, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new TreatmentRow(Technique.SWEDISH,
                Set.of(BodyRegion.NECK), 2, 10, null, null, List.of("pressure 3 above the cap of 2")));
    }
}
