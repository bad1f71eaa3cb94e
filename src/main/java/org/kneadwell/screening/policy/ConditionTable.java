package org.kneadwell.screening.policy;

import static org.kneadwell.screening.policy.ConditionCode.*;
import static org.kneadwell.screening.policy.Effect.CI;
import static org.kneadwell.screening.policy.Effect.L;
import static org.kneadwell.screening.policy.Effect.NO_EFFECT;
import static org.kneadwell.screening.policy.Effect.WARM_ONLY;
import static org.kneadwell.screening.policy.Effect.avoid;
import static org.kneadwell.screening.policy.Effect.cap;
import static org.kneadwell.shared.BodyRegion.ABDOMEN;
import static org.kneadwell.shared.BodyRegion.ANTERIOR_THIGH_LEFT;
import static org.kneadwell.shared.BodyRegion.ANTERIOR_THIGH_RIGHT;
import static org.kneadwell.shared.BodyRegion.CALF_LEFT;
import static org.kneadwell.shared.BodyRegion.CALF_RIGHT;
import static org.kneadwell.shared.BodyRegion.POSTERIOR_THIGH_LEFT;
import static org.kneadwell.shared.BodyRegion.POSTERIOR_THIGH_RIGHT;
import static org.kneadwell.shared.BodyRegion.SACRUM;

import java.util.List;

/**
 * The reference condition table, screening contract §2.2, one row per line of the contract in its order.
 * Columns: Swedish, deep tissue, trigger point, myofascial release, hot stone. {@code CI} contraindicated;
 * {@code L} avoid the recorded regions; {@code cap(n)} Walton pressure at most n; {@code —} is
 * {@code NO_EFFECT}. The rules are expert consensus, not evidence-derived [S20]: keep each row's sources with it.
 */
final class ConditionTable {

    /** "legs" in the pregnancy rows: thighs and calves, not the feet (deep pressure on the legs risks a clot). */
    private static final Effect PREGNANCY_LEGS = avoid(ABDOMEN, POSTERIOR_THIGH_LEFT, POSTERIOR_THIGH_RIGHT,
            ANTERIOR_THIGH_LEFT, ANTERIOR_THIGH_RIGHT, CALF_LEFT, CALF_RIGHT);

    static final List<ConditionRule> ROWS = List.of(
            row(DVT, "S40 S43 S37").refer()
                    .says("A suspected or active blood clot: massage could move it. See your doctor; massage waits.")
                    .cells(CI, CI, CI, CI, CI),
            row(FEVER_OR_ACUTE_INFECTION, "S43 S31")
                    .says("Fever or an acute infection today: reschedule the session.")
                    .cells(CI, CI, CI, CI, CI),
            row(CANNOT_CONSENT, "S31")
                    .says("Consent and feedback are not reliable today, so no massage can be given.")
                    .cells(CI, CI, CI, CI, CI),
            row(INFLAMMATORY_ARTHRITIS_FLARE, "S40 S52").refer()
                    .says("An inflammatory arthritis flare: see your doctor; massage waits until it settles.")
                    .cells(CI, CI, CI, CI, CI),
            row(BLEEDING_DISORDER, "S53 S43").clearance()
                    .says("Bleeds or bruises easily: no deep or forceful work, light pressure only.")
                    .cells(cap(2), CI, CI, CI, cap(2)),
            row(ANTICOAGULANT_THERAPY, "S53 S52 S41").clearance()
                    .says("Blood thinners make bruising and bleeding likely: no deep or forceful work, light pressure only.")
                    .cells(cap(2), CI, CI, CI, cap(2)),
            row(OSTEOPOROSIS, "S40 S43 S31 S52").clearance()
                    .says("Fragile bones: very gentle pressure only, no deep or forceful work.")
                    .cells(cap(2), CI, CI, cap(2), cap(2)),
            row(RECENT_FRACTURE, "S43 S31").clearance()
                    .says("A fracture that has not healed: leave that area alone.")
                    .cells(L, L, L, L, L),
            row(CANCER, "S53 S41").clearance()
                    .says("Cancer: no deep pressure, and leave tumour sites alone; warm stones only.")
                    .cells(cap(2).and(L), CI, CI, cap(2).and(L), cap(2).and(L).and(WARM_ONLY)),
            row(BONE_METASTASES, "S41 S54").clearance()
                    .says("Bone metastases can fracture: the lightest pressure only, away from the affected bones.")
                    .cells(cap(1).and(L), CI, CI, CI, cap(1).and(L).and(WARM_ONLY)),
            row(ANEURYSM, "S52 S49").clearance()
                    .says("An aneurysm: no pressure on or near it.")
                    .cells(L, L, L, CI, L),
            row(UNCONTROLLED_HYPERTENSION, "S55 S56").clearance()
                    .says("Uncontrolled blood pressure or an unstable heart: heat may aggravate it, so warm stones only.")
                    .cells(NO_EFFECT, NO_EFFECT, NO_EFFECT, NO_EFFECT, WARM_ONLY),
            row(HEART_OR_KIDNEY_FAILURE_OEDEMA, "S31").clearance()
                    .says("Oedema from heart or kidney failure: a clinician must clear massage first.")
                    .cells(NO_EFFECT, NO_EFFECT, NO_EFFECT, NO_EFFECT, NO_EFFECT),
            row(REDUCED_SENSATION, "S31 S56 S58 S52").clearance()
                    .says("Reduced feeling means pressure and heat cannot be judged: keep pressure light, "
                            + "no deep work or stones on those areas.")
                    .cells(cap(2), L, L, CI, L),
            row(SKIN_LESION, "S43 S31 S56")
                    .says("Broken or inflamed skin: leave that area alone.")
                    .cells(L, L, L, L, L),
            row(SKIN_LESION, "S43 S39").when("contagious", ConditionEntry::contagious)
                    .says("A contagious skin condition: no massage until it has cleared.")
                    .cells(CI, CI, CI, CI, CI),
            row(RECENT_SURGERY, "S31 S39").clearance()
                    .says("Recent surgery or a fresh scar: leave that area alone.")
                    .cells(L, L, L, L, L),
            row(ACUTE_INJURY, "S39 S56")
                    .says("An injury in the last 72 hours: no deep work or heat on that area.")
                    .cells(NO_EFFECT, L, L, L, L),
            row(HAEMATOMA, "S31 S52")
                    .says("A haematoma or severe bruise: leave that area alone.")
                    .cells(L, L, L, L, L),
            row(VARICOSE_VEINS, "S31 S56 S57")
                    .says("Varicose veins: no pressure directly on them.")
                    .cells(L, L, L, L, L),
            row(IMPLANTED_DEVICE, "S31 S39")
                    .says("An implanted device: no pressure or heat over it.")
                    .cells(L, L, L, L, L),
            row(PREGNANCY, "S31 S34 S57 S59").clearanceIfHighRisk()
                    .says("Pregnancy: no abdominal massage, no deep pressure on the legs (clot risk), warm stones only.")
                    .cells(avoid(ABDOMEN), PREGNANCY_LEGS, PREGNANCY_LEGS, avoid(ABDOMEN), avoid(ABDOMEN).and(WARM_ONLY)),
            row(PREGNANCY, "S31").when("weeks < 13", ConditionEntry::firstTrimester).clearanceIfHighRisk()
                    .says("First trimester of pregnancy: no deep work on the sacrum.")
                    .cells(avoid(SACRUM), avoid(SACRUM), avoid(SACRUM), avoid(SACRUM), avoid(SACRUM)),
            // Guidance conflicts here (KNGF [S19] advises no massage in radicular syndrome; NICE [S12] allows
            // manual therapy within an exercise package), hence the clearance.
            row(RADICULAR_SYMPTOMS, "S40 S19 S12 S60").clearance()
                    .says("Nerve-root pain from a disc: moderate pressure at most, no deep work on the affected area.")
                    .cells(cap(3), L, L, cap(3), cap(3)),
            row(HEAT_SENSITIVITY, "S57 S58")
                    .says("Heat-sensitising treatment or medicine: warm stones only, with skin checks.")
                    .cells(NO_EFFECT, NO_EFFECT, NO_EFFECT, NO_EFFECT, WARM_ONLY),
            row(FRAIL, "S58")
                    .says("Fragile tissue: moderate pressure at most, no deep tissue work, warm stones only.")
                    .cells(cap(3), CI, cap(3), cap(3), cap(3).and(WARM_ONLY)),
            row(TRAUMA_HISTORY, "S43")
                    .says("A history of trauma: take care with consent and communication.")
                    .cells(NO_EFFECT, NO_EFFECT, NO_EFFECT, NO_EFFECT, NO_EFFECT));

    private ConditionTable() {
    }

    private static ConditionRowBuilder row(ConditionCode code, String sources) {
        return new ConditionRowBuilder(code, sources);
    }
}
