package org.kneadwell.screening.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A version of the screening policy: the reference policy of screening contract §2 ({@code 2026.1}), possibly
 * tightened by a clinic ({@code 2026.1+clinic.N} after N revisions). Every result records the version that
 * decided it. Immutable.
 */
public final class ScreeningPolicy {

    public static final String REFERENCE_VERSION = "2026.1";

    private static final ScreeningPolicy REFERENCE = new ScreeningPolicy(REFERENCE_VERSION, 0, List.of());

    private final String version;
    private final int clinicRevision;
    private final List<ClinicRule> clinicRules;

    private ScreeningPolicy(String version, int clinicRevision, List<ClinicRule> clinicRules) {
        this.version = version;
        this.clinicRevision = clinicRevision;
        this.clinicRules = List.copyOf(clinicRules);
    }

    /** The reference policy, with no clinic rules. */
    public static ScreeningPolicy reference() {
        return REFERENCE;
    }

    /**
     * This policy with a clinic's rules added, as the clinic's revision {@code revision} (counting from 1).
     *
     * @throws PolicyLoosenedException if any rule would loosen the reference or change nothing
     */
    public ScreeningPolicy tightenedBy(int revision, List<ClinicRule> rules) {
        if (revision <= clinicRevision) {
            throw new IllegalArgumentException("Clinic revision " + revision + " must come after " + clinicRevision);
        }
        rules.forEach(Tightening::check);
        rules.forEach(this::refuseWhenInForce);
        List<ClinicRule> all = new ArrayList<>(clinicRules);
        all.addAll(rules);
        return new ScreeningPolicy(REFERENCE_VERSION + "+clinic." + revision, revision, all);
    }

    /** A rule the clinic's policy already enforces, or something stricter, would only add an empty version. */
    private void refuseWhenInForce(ClinicRule rule) {
        for (ClinicRule existing : clinicRules) {
            boolean inForce = existing.equals(rule)
                    || (existing instanceof ClinicRule.PressureCap had && rule instanceof ClinicRule.PressureCap cap
                            && had.condition() == cap.condition() && had.technique() == cap.technique()
                            && had.maxPressure() <= cap.maxPressure())
                    || (existing instanceof ClinicRule.AvoidRegion had && rule instanceof ClinicRule.AvoidRegion avoid
                            && had.condition() == avoid.condition() && had.region() == avoid.region()
                            && (had.technique() == null || had.technique() == avoid.technique()));
            if (inForce) {
                throw new PolicyLoosenedException(rule, "the clinic policy already has this rule ("
                        + existing.describe() + "), so it would change nothing");
            }
        }
    }

    public String version() {
        return version;
    }

    /** 0 for the reference policy. */
    public int clinicRevision() {
        return clinicRevision;
    }

    public List<ClinicRule> clinicRules() {
        return clinicRules;
    }

    /**
     * Whether the condition's row says "refer": the patient is shown a plain instruction to see their doctor,
     * and massage waits until the condition is no longer recorded (screening contract §2.2).
     */
    public boolean refersToDoctor(ConditionCode code) {
        return ConditionTable.ROWS.stream().anyMatch(row -> row.code() == code && row.refer());
    }

    /** The reference table's rows (for the source catalogue and tests; the table itself is not public). */
    List<ConditionRule> referenceRows() {
        return ConditionTable.ROWS;
    }

    /** The clinic's rules for one recorded condition. */
    List<ClinicRule> clinicRulesFor(ConditionEntry entry) {
        return clinicRules.stream().filter(rule -> rule.condition() == entry.code()).toList();
    }

    @Override
    public String toString() {
        return "ScreeningPolicy " + version;
    }
}
