/** Explainable technique ranking: goals, preferences, evidence, STarT Back stratum and the patient's own history, within effective safety. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "clearance", "screening", "screening :: policy", "screening :: safety",
        "outcome", "session", "session :: history", "patient", "audit"
})
package org.kneadwell.recommendation;
