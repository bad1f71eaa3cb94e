/** Session notes (SOAP) on the coded body map, checked against effective safety; signing, addenda, voiding. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "scheduling", "clearance", "screening :: policy", "patient", "audit",
        "notification"
})
package org.kneadwell.session;
