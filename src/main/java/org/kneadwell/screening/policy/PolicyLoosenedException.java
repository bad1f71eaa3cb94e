package org.kneadwell.screening.policy;

/**
 * A clinic rule was refused because it would loosen the reference policy, or would change nothing (which
 * usually means the admin believes it loosens something). The message names the rule.
 */
public class PolicyLoosenedException extends RuntimeException {

    private final transient ClinicRule rule;

    public PolicyLoosenedException(ClinicRule rule, String why) {
        super("Refused \"" + rule.describe() + "\": " + why);
        this.rule = rule;
    }

    public ClinicRule rule() {
        return rule;
    }
}
