package org.kneadwell.screening;

/**
 * The intake's medicine checklist (clinical-reference §5.4): each ticked medicine group is screened as the
 * condition it implies [S31][S53][S57].
 */
public enum Medicine {
    /** Warfarin, heparin, DOACs such as apixaban or rivaroxaban, antiplatelets such as clopidogrel. */
    BLOOD_THINNERS("ANTICOAGULANT_THERAPY"),
    /** Long-term steroid tablets or other bone-weakening medicines. */
    STEROIDS_OR_BONE_WEAKENING("OSTEOPOROSIS"),
    /** Medicines that make skin sensitive to heat, immunosuppressants, chemotherapy or radiotherapy. */
    HEAT_SENSITISING("HEAT_SENSITIVITY");

    private final String conditionCode;

    Medicine(String conditionCode) {
        this.conditionCode = conditionCode;
    }

    /** The screening contract's condition code this medicine group is screened as. */
    public String conditionCode() {
        return conditionCode;
    }
}
