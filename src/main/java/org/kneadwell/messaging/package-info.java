/** Care-team threads: messages among a patient, their therapists and their clinician, read status and retraction. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity", "identity :: actor", "patient", "audit", "notification"
})
package org.kneadwell.messaging;
