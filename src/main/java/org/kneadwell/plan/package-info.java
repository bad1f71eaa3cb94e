/** Treatment plans: goals, techniques within effective safety, dose, reassessment points and the self-care and exercise part of the package. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "clearance", "screening :: goals", "patient", "audit"
})
package org.kneadwell.plan;
