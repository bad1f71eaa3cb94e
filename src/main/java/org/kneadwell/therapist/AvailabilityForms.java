package org.kneadwell.therapist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the availability page; times are HH:MM in the clinic's zone, dates YYYY-MM-DD. */
final class AvailabilityForms {

    static final String TIME = "^$|^([01]\\d|2[0-3]):[0-5]\\d$";
    static final String DATE = "^$|^\\d{4}-\\d{2}-\\d{2}$";

    private AvailabilityForms() {
    }

    record HoursForm(@NotNull @Min(1) @Max(7) Integer day,
            @NotBlank @Pattern(regexp = TIME, message = "{therapist.time.format}") String start,
            @NotBlank @Pattern(regexp = TIME, message = "{therapist.time.format}") String end,
            @NotNull java.util.UUID location) {

        static HoursForm empty() {
            return new HoursForm(1, "09:00", "17:00", null);
        }
    }

    record BreakForm(@NotNull @Min(1) @Max(7) Integer day,
            @NotBlank @Pattern(regexp = TIME, message = "{therapist.time.format}") String start,
            @NotBlank @Pattern(regexp = TIME, message = "{therapist.time.format}") String end) {

        static BreakForm empty() {
            return new BreakForm(1, "12:30", "13:15");
        }
    }

    record TimeOffForm(@NotBlank @Pattern(regexp = DATE, message = "{therapist.date.format}") String startsOn,
            @NotBlank @Pattern(regexp = DATE, message = "{therapist.date.format}") String endsOn,
            @Size(max = 200) String reason) {

        static TimeOffForm empty() {
            return new TimeOffForm("", "", "");
        }
    }

    record BufferForm(@NotNull @Min(value = 0, message = "{therapist.buffer.range}")
            @Max(value = 120, message = "{therapist.buffer.range}") Integer minutes) {
    }
}
