package org.kneadwell.scheduling;

import java.util.UUID;

/**
 * What the API and the booking page send. {@code start} is an ISO-8601 timestamp with offset; the technique
 * defaults to the plan's first allowed one.
 */
public record BookingRequest(UUID patientId, UUID therapistId, String start, Integer minutes, String technique,
        UUID planId) {
}
