/** Outcome measures: instruments as definitions, scored responses, the pain diary, measurements, change that matters and progress alerts. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "screening", "patient", "patient :: jobs", "plan", "audit", "notification"
})
package org.kneadwell.outcome;
