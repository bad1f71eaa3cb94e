package org.kneadwell.recommendation;

import static org.kneadwell.shared.Goal.*;
import static org.kneadwell.shared.Technique.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/**
 * How well each technique serves each goal, read from clinical-reference §4 and §5.3. Strength 0 means no
 * evidence for that benefit (or evidence of no effect), 1 some or indirect support, 2 trial evidence in
 * chronic low back pain. Where the reference says gap or contested, the reason says so.
 */
public final class BenefitMap {

    /** One cell: strength 0..2, the sources behind it and a one-line clinical reason. */
    public record Benefit(int strength, List<String> sources, String reason) {
        public Benefit {
            if (strength < 0 || strength > 2) {
                throw new IllegalArgumentException("Benefit strength is 0-2, not " + strength);
            }
            sources = List.copyOf(sources);
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static final String GAP_POSTURE = "no trial links massage to durable posture change: evidence gap";
    private static final String CONTESTED = "circulation benefit contested (no change on Doppler vs thermography "
            + "change); patient-reported only";
    private static final String ROM_NONE = "ROM evidence is limited to small MFR trials; none for this technique";
    private static final String TONE = "KNGF 2021 considers massage short-term for raised paraspinal muscle tone; "
            + "no validated muscle-tension measure exists (gap)";

    private static final Map<Technique, Map<Goal, Benefit>> TABLE = new EnumMap<>(Technique.class);

    static {
        row(SWEDISH, PAIN_RELIEF, 2, "S24 S21", "relaxation (Swedish-type) massage cut RDQ 2.9 and bothersomeness "
                + "1.7 points vs usual care at 10 weeks (Cherkin 2011); Cochrane: short-term benefit, low-quality evidence");
        row(SWEDISH, CIRCULATION, 1, "S33", CONTESTED);
        row(SWEDISH, MUSCLE_TENSION, 1, "S19", TONE);
        row(SWEDISH, STRESS_RELIEF, 2, "S32 S24", "single sessions lowered state anxiety, blood pressure and heart "
                + "rate (meta-analysis, 37 RCTs); Cherkin's relaxation arm aimed to induce relaxation");
        row(SWEDISH, RANGE_OF_MOTION, 0, "S35", ROM_NONE);
        row(SWEDISH, POSTURE, 0, "S35", GAP_POSTURE);

        row(DEEP_TISSUE, PAIN_RELIEF, 2, "S24", "structural massage cut RDQ 2.5 and bothersomeness 1.4 points vs usual "
                + "care at 10 weeks (Cherkin 2011); deep tissue taken as its nearest equivalent (an inference)");
        row(DEEP_TISSUE, CIRCULATION, 1, "S33", CONTESTED);
        row(DEEP_TISSUE, MUSCLE_TENSION, 1, "S24 S19", "structural massage targets musculoskeletal contributors to "
                + "pain; KNGF: short-term for raised paraspinal tone; no validated tension measure (gap)");
        row(DEEP_TISSUE, STRESS_RELIEF, 0, "S32 S24", "not a relaxation technique (Cherkin's structural arm aimed at "
                + "musculoskeletal contributors); the stress meta-analysis has no data for it");
        row(DEEP_TISSUE, RANGE_OF_MOTION, 0, "S35", ROM_NONE);
        row(DEEP_TISSUE, POSTURE, 0, "S35", GAP_POSTURE);

        row(TRIGGER_POINT, PAIN_RELIEF, 0, "S28 S29", "ischaemic compression raises pressure-pain threshold (SMD 0.67) "
                + "but not self-reported pain (SMD -0.22, CI -0.53 to 0.09); trigger points are a contested construct");
        row(TRIGGER_POINT, CIRCULATION, 1, "S33", CONTESTED);
        row(TRIGGER_POINT, MUSCLE_TENSION, 1, "S62", "pressure is held until the taut band's tension releases (Simons; "
                + "a technique description, not an outcome trial)");
        row(TRIGGER_POINT, STRESS_RELIEF, 0, "S32", "the stress meta-analysis has no data for this technique");
        row(TRIGGER_POINT, RANGE_OF_MOTION, 0, "S35", ROM_NONE);
        row(TRIGGER_POINT, POSTURE, 0, "S35", GAP_POSTURE);

        row(MYOFASCIAL_RELEASE, PAIN_RELIEF, 2, "S27", "one RCT (n=80, with exercise): 53.3% vs 26.1% pain reduction "
                + "at week 8, still 43.6% at week 12 (Ajimsha 2014)");
        row(MYOFASCIAL_RELEASE, CIRCULATION, 1, "S33", CONTESTED);
        row(MYOFASCIAL_RELEASE, MUSCLE_TENSION, 1, "S19", TONE);
        row(MYOFASCIAL_RELEASE, STRESS_RELIEF, 0, "S32", "the stress meta-analysis has no data for this technique");
        row(MYOFASCIAL_RELEASE, RANGE_OF_MOTION, 1, "S35", "a small trial (n=30) found MFR improved lumbar flexion "
                + "angle; limited evidence");
        row(MYOFASCIAL_RELEASE, POSTURE, 0, "S35", GAP_POSTURE);

        row(HOT_STONE, PAIN_RELIEF, 0, "S17", "no RCT of hot stone massage for low back pain; superficial heat has "
                + "moderate-quality evidence for acute/subacute LBP only (ACP 2017)");
        row(HOT_STONE, CIRCULATION, 1, "S33", CONTESTED);
        row(HOT_STONE, MUSCLE_TENSION, 1, "S19", TONE);
        row(HOT_STONE, STRESS_RELIEF, 1, "S32 S65", "Swedish strokes with heated stones; massage lowers state anxiety "
                + "(meta-analysis), but hot stone itself has no trial");
        row(HOT_STONE, RANGE_OF_MOTION, 0, "S35", ROM_NONE);
        row(HOT_STONE, POSTURE, 0, "S35", GAP_POSTURE);
    }

    private BenefitMap() {
    }

    private static void row(Technique technique, Goal goal, int strength, String sources, String reason) {
        Benefit old = TABLE.computeIfAbsent(technique, key -> new EnumMap<>(Goal.class))
                .put(goal, new Benefit(strength, Cited.tags(sources), reason));
        if (old != null) {
            throw new IllegalStateException("Two rows for " + technique + " " + goal);
        }
    }

    /** The cell for a technique and goal; every pair has one. */
    public static Benefit of(Technique technique, Goal goal) {
        return TABLE.get(technique).get(goal);
    }

    /**
     * How much a goal counts. Circulation counts a quarter: the benefit is contested [S33], so choosing it
     * should barely move the order.
     */
    static double weight(Goal goal) {
        return goal == CIRCULATION ? 0.25 : 1.0;
    }
}
