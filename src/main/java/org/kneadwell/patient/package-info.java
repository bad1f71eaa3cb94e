/** Patient records, care teams, and the access policy that decides who may see and change a patient's data. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity", "identity :: actor", "audit"
})
package org.kneadwell.patient;
