/** The PDF progress report for the supervising clinician and the patient's own summary, each download audited as a disclosure. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "outcome", "session", "plan", "clearance", "screening", "screening :: policy", "scheduling", "therapist",
        "patient", "audit", "messaging"
})
package org.kneadwell.report;
