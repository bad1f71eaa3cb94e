/** Intake answers, red-flag triage, STarT Back and the contraindication policy. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "patient", "audit"
})
package org.kneadwell.screening;
