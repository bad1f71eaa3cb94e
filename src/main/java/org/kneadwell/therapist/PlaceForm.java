package org.kneadwell.therapist;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A place the admin adds for distance searches: a name and coordinates in decimal degrees. */
record PlaceForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin(value = "-90", message = "{therapist.latitude.range}")
        @DecimalMax(value = "90", message = "{therapist.latitude.range}") Double latitude,
        @NotNull @DecimalMin(value = "-180", message = "{therapist.longitude.range}")
        @DecimalMax(value = "180", message = "{therapist.longitude.range}") Double longitude) {

    static PlaceForm empty() {
        return new PlaceForm("", null, null);
    }
}
