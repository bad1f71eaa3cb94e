package org.kneadwell.recommendation;

import java.util.List;

import org.kneadwell.shared.Technique;

/**
 * How strong the evidence is that each technique helps chronic low back pain at all (clinical-reference §4),
 * whatever the goal. Level 2 means an RCT in chronic LBP with meaningful between-group differences;
 * levels below say why they are lower. All massage evidence is short-term and of low to very low quality
 * overall (Cochrane 2015 [S21]), so even level 2 is a modest claim.
 */
enum EvidenceStrength {

    SWEDISH(2.0, "S24 S21", "Cherkin 2011 RCT (n=401): relaxation massage beat usual care at 10 weeks, benefit "
            + "lasting at least 6 months; Cochrane 2015: short-term benefit only, low to very-low-quality evidence",
            "A large study of people with long-term back pain found this massage helped for months."),
    DEEP_TISSUE(1.75, "S24 S21", "Cherkin 2011 structural-massage arm beat usual care and did not differ meaningfully "
            + "from relaxation massage; deep tissue as its nearest equivalent is an inference; Cochrane: low quality",
            "The same large study found a firmer, more focused massage helped about as much."),
    TRIGGER_POINT(0.5, "S28 S29", "meta-analysis of 17 RCTs: better pressure-pain threshold, no significant effect "
            + "on self-reported pain; the trigger point construct is contested",
            "Studies show it makes sore spots less tender, but people did not feel less pain overall."),
    MYOFASCIAL_RELEASE(1.5, "S27", "a single RCT (n=80 nurses, 24 sessions over 8 weeks, with back exercise); "
            + "not replicated",
            "One smaller study found it eased back pain when done together with exercise."),
    HOT_STONE(0.5, "S17 S65", "no RCT of hot stone massage for LBP; heat evidence is for acute/subacute LBP only; "
            + "support is indirect, through the Swedish strokes it uses",
            "No study has tested hot stone massage for back pain yet.");

    private final double level;
    private final List<String> sources;
    private final String clinical;
    private final String plain;

    EvidenceStrength(double level, String sources, String clinical, String plain) {
        this.level = level;
        this.sources = Cited.tags(sources);
        this.clinical = clinical;
        this.plain = plain;
    }

    static EvidenceStrength of(Technique technique) {
        return valueOf(technique.name());
    }

    /** The evidence factor: its level counts once, as it is. */
    Factor factor() {
        return new Factor(Factor.EVIDENCE, level, "Evidence level " + level + "/2: " + clinical + " "
                + Cited.brackets(sources), plain, sources);
    }
}
