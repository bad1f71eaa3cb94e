/** Appointments: booking within effective safety and working hours, never double-booked; reminders and calendar feeds. */
package org.kneadwell.scheduling;
