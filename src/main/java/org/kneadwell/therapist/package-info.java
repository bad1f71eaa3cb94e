/** The therapist directory: profiles, credentials and their verification, clinic locations, and availability. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity", "identity :: actor", "audit"
})
package org.kneadwell.therapist;
