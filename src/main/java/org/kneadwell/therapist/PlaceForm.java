package org.kneadwell.therapist;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A place the admin adds for distance searches: a name and coordinates in decimal degrees. The coordinates stay
 * text so that every field is checked and reported together (a number that cannot be bound would skip validation).
 */
record PlaceForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @DecimalMin(value = "-90", message = "{therapist.latitude.range}")
        @DecimalMax(value = "90", message = "{therapist.latitude.range}") String latitude,
        @NotBlank @DecimalMin(value = "-180", message = "{therapist.longitude.range}")
        @DecimalMax(value = "180", message = "{therapist.longitude.range}") String longitude) {

    static PlaceForm empty() {
        return new PlaceForm("", "", "");
    }

    double latitudeDegrees() {
        return Double.parseDouble(latitude.strip());
    }

    double longitudeDegrees() {
        return Double.parseDouble(longitude.strip());
    }
}
