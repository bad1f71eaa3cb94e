/** Clearance requests, clinician decisions with scope and expiry, and effective safety: what may be done for a patient on a given day. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "screening", "screening :: policy", "screening :: safety", "patient",
        "patient :: jobs", "audit", "notification"
})
package org.kneadwell.clearance;
