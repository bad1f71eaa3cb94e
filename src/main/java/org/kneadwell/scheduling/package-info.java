/** Appointments: booking within effective safety and working hours, never double-booked; reminders and calendar feeds. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity", "identity :: actor", "therapist", "plan", "clearance", "patient", "patient :: jobs",
        "audit", "notification"
})
package org.kneadwell.scheduling;
