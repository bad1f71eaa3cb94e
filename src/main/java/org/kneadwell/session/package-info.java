/** What happened in and after a session: the 48-hour follow-up and adverse events (SOAP notes join here). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "scheduling", "scheduling :: jobs", "patient", "patient :: jobs",
        "audit", "notification"
})
package org.kneadwell.session;
