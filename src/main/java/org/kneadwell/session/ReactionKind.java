package org.kneadwell.session;

/** The kinds of reaction after a massage session that the follow-up asks about and the care team can record. */
public enum ReactionKind {
    SORENESS, BRUISING, HEADACHE, DIZZINESS, NAUSEA, SKIN_IRRITATION, BURN, MORE_PAIN, NUMBNESS_OR_TINGLING, OTHER;

    /** The kinds asked about one by one in the follow-up's "other reactions" (soreness and bruising have their own question). */
    public static final java.util.List<ReactionKind> OTHERS = java.util.List.of(HEADACHE, DIZZINESS, NAUSEA,
            SKIN_IRRITATION, BURN, MORE_PAIN, NUMBNESS_OR_TINGLING, OTHER);
}
