/** The session: the therapist's day and week, the check-in before a session, and the session's own page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "scheduling", "clearance", "screening", "patient", "audit"
})
package org.kneadwell.session;
