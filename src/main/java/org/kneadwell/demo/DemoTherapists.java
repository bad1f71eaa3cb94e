package org.kneadwell.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.kneadwell.therapist.CredentialDetails;
import org.kneadwell.therapist.Location;
import org.kneadwell.therapist.ProfileDetails;
import org.kneadwell.therapist.TherapistRecords;
import org.springframework.stereotype.Component;

/**
 * The demo directory: two clinic locations, three places to search from, and the three therapists with
 * different techniques, languages and hours. Maya's credential is valid, Tomas's expires in 20 days (flagged),
 * Amara's is not verified yet (not bookable); Amara has a week off in a fortnight.
 */
@Component
class DemoTherapists {

    private final TherapistRecords records;
    private final ClinicSettings clinic;
    private final Clock clock;

    DemoTherapists(TherapistRecords records, ClinicSettings clinic, Clock clock) {
        this.records = records;
        this.clinic = clinic;
        this.clock = clock;
    }

    void seed(Map<String, AccountSummary> staff, CurrentUser admin) {
        LocalDate today = clinic.today(clock);
        Location riverside = records.addLocation(admin, "Kneadwell Riverside", "12 River Street, London SE1 9RT",
                51.5054, -0.0905);
        Location northgate = records.addLocation(admin, "Kneadwell Northgate", "48 Northgate Road, London N7 6EA",
                51.5540, -0.1163);
        records.addPlace(admin, "King's Cross station", 51.5308, -0.1238);
        records.addPlace(admin, "Greenwich", 51.4826, -0.0077);
        records.addPlace(admin, "Camden Town", 51.5390, -0.1426);

        CurrentUser maya = staff.get("therapist").asCurrentUser();
        UUID mayaId = records.saveProfile(maya, new ProfileDetails(
                Set.of(Technique.SWEDISH, Technique.MYOFASCIAL_RELEASE, Technique.HOT_STONE), Set.of("en", "zh"), 9,
                "Remedial massage therapist who has worked with chronic low back pain for nine years, alongside "
                        + "physiotherapists and GPs.",
                "Step-free entrance, height-adjustable table, accessible toilet.", Set.of(riverside.id())));
        credential(admin, mayaId, "MT-204518", today.plusYears(2), true);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            records.addHours(maya, day, LocalTime.of(9, 0), LocalTime.of(17, 0), riverside.id());
            records.addBreak(maya, day, LocalTime.of(12, 30), LocalTime.of(13, 15));
        }
        records.setBuffer(maya, 15);

        CurrentUser tomas = staff.get("tomas.novak").asCurrentUser();
        UUID tomasId = records.saveProfile(tomas, new ProfileDetails(
                Set.of(Technique.DEEP_TISSUE, Technique.TRIGGER_POINT, Technique.SWEDISH), Set.of("en", "pl", "cs"), 6,
                "Sports and remedial massage; works with people whose back pain limits training and work.",
                "First-floor room reached by a lift.", Set.of(northgate.id())));
        credential(admin, tomasId, "MT-318842", today.plusDays(20), true);
        for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY)) {
            records.addHours(tomas, day, LocalTime.of(10, 0), LocalTime.of(18, 0), northgate.id());
        }
        records.setBuffer(tomas, 15);

        CurrentUser amara = staff.get("amara.okafor").asCurrentUser();
        UUID amaraId = records.saveProfile(amara, new ProfileDetails(
                Set.of(Technique.HOT_STONE, Technique.SWEDISH, Technique.MYOFASCIAL_RELEASE), Set.of("en", "pt", "yo"),
                4, "Gentle, heat-based work for long-standing back and neck tension; pregnancy massage trained.",
                "Ground-floor rooms at both clinics.", Set.of(riverside.id(), northgate.id())));
        credential(admin, amaraId, "MT-402177", today.plusYears(1), false);
        records.addHours(amara, DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(14, 0), riverside.id());
        records.addHours(amara, DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(14, 0), northgate.id());
        records.addHours(amara, DayOfWeek.THURSDAY, LocalTime.of(8, 0), LocalTime.of(14, 0), riverside.id());
        records.setBuffer(amara, 15);
        LocalDate weekOff = today.plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        records.addTimeOff(amara, weekOff, weekOff.plusDays(6), "Annual leave");
    }

    private void credential(CurrentUser admin, UUID therapist, String number, LocalDate expires, boolean verify) {
        records.updateCredential(admin, therapist, new CredentialDetails(number, "Complementary and Natural "
                + "Healthcare Council", "United Kingdom", expires));
        if (verify) {
            records.verify(admin, therapist);
        }
    }
}
