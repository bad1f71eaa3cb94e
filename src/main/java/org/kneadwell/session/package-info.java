/**
 * The session: the therapist's day and week, the check-in before a session, SOAP notes checked against effective
 * safety (signing, addenda, voiding), the 48-hour follow-up and adverse events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "scheduling", "scheduling :: jobs", "clearance", "screening",
        "screening :: policy", "patient", "patient :: jobs", "audit", "notification"
})
package org.kneadwell.session;
