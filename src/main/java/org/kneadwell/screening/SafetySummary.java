package org.kneadwell.screening;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.ScreeningPolicy;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.screening.policy.TriageTier;
import org.kneadwell.shared.BodyRegion;

/**
 * What a page shows about one screening: the triage instruction first, then each technique's verdict, the
 * regions to avoid, the sources behind every reason.
 */
public record SafetySummary(StoredScreening stored, ScreeningResult result) {

    public static SafetySummary of(StoredScreening stored) {
        return new SafetySummary(stored, stored.result());
    }

    public TriageTier tier() {
        return result.triage().tier();
    }

    public boolean emergency() {
        return tier() == TriageTier.EMERGENCY;
    }

    public boolean onHold() {
        return result.triage().massageOnHold();
    }

    public Instant screenedAt() {
        return stored.createdAt();
    }

    /** The badge a chart header shows: ON_HOLD, CLEARANCE_NEEDED, RESTRICTED or CLEAR. */
    public String badge() {
        if (onHold()) {
            return "ON_HOLD";
        }
        if (result.clearanceRequired()) {
            return "CLEARANCE_NEEDED";
        }
        return result.techniques().stream().allMatch(v -> v.status() == TechniqueStatus.SUITABLE) ? "CLEAR"
                : "RESTRICTED";
    }

    /** Recorded conditions whose policy row says "refer" (see your doctor; massage waits). */
    public List<String> seeDoctorFor() {
        ScreeningPolicy reference = ScreeningPolicy.reference();
        return result.conditionVerdicts().stream().flatMap(v -> v.reasons().stream()).map(Reason::code)
                .distinct().filter(code -> isCondition(code) && reference.refersToDoctor(ConditionCode.valueOf(code)))
                .toList();
    }

    private static boolean isCondition(String code) {
        return java.util.Arrays.stream(ConditionCode.values()).anyMatch(c -> c.name().equals(code));
    }

    /** Every region any technique that may be used must avoid (what the body map shades). */
    public Set<BodyRegion> avoidedAnywhere() {
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        result.techniques().forEach(v -> regions.addAll(v.avoidRegions()));
        return regions;
    }

    public List<TechniqueVerdict> techniques() {
        return result.techniques();
    }

    /** Every source tag cited by the triage and the verdicts, for the "sources" line. */
    public Set<String> sources() {
        Set<String> tags = new TreeSet<>(java.util.Comparator.comparingInt(SafetySummary::tagNumber)
                .thenComparing(java.util.Comparator.naturalOrder()));
        result.triage().reasons().forEach(r -> tags.addAll(r.sources()));
        result.techniques().forEach(v -> v.reasons().forEach(r -> tags.addAll(r.sources())));
        return tags;
    }

    private static int tagNumber(String tag) {
        String digits = tag.replaceAll("\\D", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
