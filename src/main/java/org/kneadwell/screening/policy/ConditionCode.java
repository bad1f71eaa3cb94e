package org.kneadwell.screening.policy;

import static org.kneadwell.shared.BodyRegion.ABDOMEN;
import static org.kneadwell.shared.BodyRegion.LOWER_BACK_LEFT;
import static org.kneadwell.shared.BodyRegion.LOWER_BACK_RIGHT;
import static org.kneadwell.shared.BodyRegion.SACRUM;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.kneadwell.shared.BodyRegion;

/**
 * The conditions the screen asks about (screening contract §1), with the extra fields each takes. Codes are
 * stable: renaming one is a migration. What each means for the techniques lives in {@link ConditionTable}.
 */
public enum ConditionCode {
    DVT("Suspected or active deep-vein thrombosis or thrombophlebitis"),
    FEVER_OR_ACUTE_INFECTION("Fever, or an acute systemic or contagious infection today"),
    CANNOT_CONSENT("Altered cognition (alcohol, drugs, sedation): consent and feedback are unreliable"),
    INFLAMMATORY_ARTHRITIS_FLARE("Acute flare of inflammatory arthritis"),
    BLEEDING_DISORDER("Haemophilia, low platelets or a similar bleeding disorder"),
    ANTICOAGULANT_THERAPY("Takes blood thinners (warfarin, heparin, DOACs, antiplatelets)"),
    OSTEOPOROSIS("Osteoporosis, or long-term corticosteroids or other bone-weakening drugs"),
    RECENT_FRACTURE("A fracture that has not healed yet", Regions.REQUIRED),
    CANCER("Active cancer, or cancer history under follow-up", Regions.OPTIONAL),
    BONE_METASTASES("Known or suspected bone metastases", Regions.OPTIONAL),
    ANEURYSM("Aortic or other aneurysm", Regions.DEFAULTED, ABDOMEN),
    UNCONTROLLED_HYPERTENSION("Uncontrolled high blood pressure or unstable heart disease"),
    HEART_OR_KIDNEY_FAILURE_OEDEMA("Swelling (oedema) from heart or kidney failure"),
    REDUCED_SENSATION("Reduced sensation, e.g. diabetic peripheral neuropathy", Regions.REQUIRED),
    SKIN_LESION("Wound, burn, rash, eczema or psoriasis lesion, or skin infection", Regions.REQUIRED),
    RECENT_SURGERY("Recent surgery or a recently healed scar", Regions.REQUIRED),
    ACUTE_INJURY("Soft-tissue injury in the last 72 hours", Regions.REQUIRED),
    HAEMATOMA("Haematoma or severe bruising", Regions.REQUIRED),
    VARICOSE_VEINS("Varicose veins", Regions.REQUIRED),
    IMPLANTED_DEVICE("Pacemaker, pump or other implanted hardware", Regions.REQUIRED),
    PREGNANCY("Pregnant"),
    RADICULAR_SYMPTOMS("Herniated disc with sciatica or nerve-root pain", Regions.DEFAULTED,
            LOWER_BACK_LEFT, LOWER_BACK_RIGHT, SACRUM),
    HEAT_SENSITIVITY("Heat-sensitising medication, immunosuppression, chemotherapy or radiation"),
    FRAIL("Frail or older adult with fragile tissue"),
    TRAUMA_HISTORY("History of physical or emotional trauma");

    /**
     * How a condition takes body regions. Every condition accepts them (screening contract §2.2, "Regions on
     * input"); only a condition whose row in {@link ConditionTable} names regions lets them change a verdict.
     */
    public enum Regions {
        /**
         * May be given (where a DVT or a fever's source is): recorded and shown, but the condition's row names no
         * regions, so they change no verdict.
         */
        NOTED,
        /** At least one is required (screening contract §2.2, "Regions on input"). */
        REQUIRED,
        /** May be empty: the site may be unknown. */
        OPTIONAL,
        /** May be empty, and empty means the default regions. */
        DEFAULTED
    }

    private final String label;
    private final Regions regions;
    private final Set<BodyRegion> defaultRegions;

    ConditionCode(String label) {
        this(label, Regions.NOTED);
    }

    ConditionCode(String label, Regions regions, BodyRegion... defaults) {
        this.label = label;
        this.regions = regions;
        this.defaultRegions = defaults.length == 0 ? Set.of()
                : Collections.unmodifiableSet(EnumSet.of(defaults[0], defaults));
    }

    /** A short plain description for people. */
    public String label() {
        return label;
    }

    /** Whether and how this condition takes body regions. */
    public Regions regions() {
        return regions;
    }

    /** The regions meant when none are given ({@code ANEURYSM}: abdomen; radicular symptoms: lower back, sacrum). */
    public Set<BodyRegion> defaultRegions() {
        return defaultRegions;
    }

    public boolean requiresRegions() {
        return regions == Regions.REQUIRED;
    }

    /** Only pregnancy takes {@code weeks} (0–45, required) and {@code highRisk}. */
    public boolean takesWeeks() {
        return this == PREGNANCY;
    }

    public boolean takesHighRisk() {
        return this == PREGNANCY;
    }

    /** Only a skin lesion can be contagious, which contraindicates every technique. */
    public boolean takesContagious() {
        return this == SKIN_LESION;
    }
}
