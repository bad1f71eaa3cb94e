/** FHIR R4: the patient's record as FHIR resources (export, read and search); HAPI FHIR types live only here. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity :: actor", "patient", "audit", "clearance", "screening", "screening :: policy", "plan",
        "scheduling", "session", "therapist", "outcome"
})
package org.kneadwell.fhir;
