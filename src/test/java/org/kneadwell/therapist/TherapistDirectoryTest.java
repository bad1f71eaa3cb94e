package org.kneadwell.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo directory searched by technique, language and distance; Maya's slots follow her week. */
@KneadwellTest
class TherapistDirectoryTest {

    @Autowired
    TherapistDirectory directory;

    @Autowired
    Availability availability;

    @Autowired
    ClinicSettings clinic;

    @Autowired
    Clock clock;

    private LocalDate today() {
        return clinic.today(clock);
    }

    private List<TherapistSummary> search(Set<Technique> techniques, String language, Place near, Double km,
            boolean bookableOnly) {
        return directory.search(new SearchCriteria(techniques, language, near == null ? null : near.latitude(),
                near == null ? null : near.longitude(), km, bookableOnly, today()));
    }

    private static List<String> names(List<TherapistSummary> found) {
        return found.stream().map(TherapistSummary::displayName).toList();
    }

    private Place place(String name) {
        return directory.places().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void findsTherapistsWhoOfferAtLeastOneWantedTechnique() {
        assertThat(names(search(Set.of(Technique.DEEP_TISSUE), null, null, null, false))).containsExactly("Tomas Novak");
        assertThat(names(search(Set.of(Technique.HOT_STONE, Technique.TRIGGER_POINT), null, null, null, false)))
                .containsExactlyInAnyOrder("Amara Okafor", "Maya Chen", "Tomas Novak");
        assertThat(search(Set.of(Technique.DEEP_TISSUE), null, null, null, false).get(0).matchReasons())
                .containsExactly("offers Deep tissue massage");
    }

    @Test
    void findsBySpokenLanguageAndSaysSo() {
        List<TherapistSummary> portuguese = search(Set.of(), "pt-BR", null, null, false);

        assertThat(names(portuguese)).containsExactly("Amara Okafor");
        assertThat(portuguese.get(0).matchReasons()).containsExactly("speaks Portuguese");
        assertThat(search(Set.of(Technique.SWEDISH), "es", null, null, false)).isEmpty();
    }

    @Test
    void measuresStraightLineDistanceToTheNearestLocation() {
        Place kingsCross = place("King's Cross station");

        List<TherapistSummary> near = search(Set.of(Technique.SWEDISH), null, kingsCross, 3.0, false);

        assertThat(names(near)).containsExactlyInAnyOrder("Amara Okafor", "Tomas Novak");
        assertThat(near).allSatisfy(s -> {
            assertThat(s.distanceKm()).isBetween(2.0, 3.0);
            assertThat(s.matchReasons()).anyMatch(r -> r.matches("\\d+\\.\\d km from Kneadwell Northgate"));
        });
        assertThat(names(search(Set.of(Technique.SWEDISH), null, kingsCross, 10.0, false))).contains("Maya Chen");
    }

    @Test
    void saysWhoCannotBeBookedAndWhy() {
        List<TherapistSummary> all = search(Set.of(), null, null, null, false);
        TherapistSummary amara = all.stream().filter(s -> s.displayName().equals("Amara Okafor")).findFirst()
                .orElseThrow();

        assertThat(amara.bookable()).isFalse();
        assertThat(amara.notBookableReason()).contains("not been verified");
        assertThat(names(search(Set.of(), null, null, null, true))).containsExactlyInAnyOrder("Maya Chen",
                "Tomas Novak");
        UUID tomas = all.stream().filter(s -> s.displayName().equals("Tomas Novak")).findFirst().orElseThrow().id();
        assertThat(directory.credential(tomas).statusOn(today())).isEqualTo(Credential.Status.EXPIRING_SOON);
        assertThat(directory.credential(tomas).bookableOn(today().plusDays(21))).isFalse();
    }

    @Test
    void aProfileCarriesEverythingAndAnUnknownIdIsEmpty() {
        TherapistSummary maya = search(Set.of(Technique.MYOFASCIAL_RELEASE), "zh", null, null, false).get(0);
        TherapistProfile profile = directory.profile(maya.id()).orElseThrow();

        assertThat(profile.displayName()).isEqualTo("Maya Chen");
        assertThat(profile.techniques()).containsExactly(Technique.SWEDISH, Technique.MYOFASCIAL_RELEASE,
                Technique.HOT_STONE);
        assertThat(profile.languages()).containsExactlyInAnyOrder("en", "zh");
        assertThat(profile.locations()).extracting(Location::name).containsExactly("Kneadwell Riverside");
        assertThat(profile.schedule().bufferMinutes()).isEqualTo(15);
        assertThat(directory.profile(UUID.randomUUID())).isEmpty();
    }

    @Test
    void mayasSlotsFollowHerHoursAndLunchBreak() {
        UUID maya = search(Set.of(), "zh", null, null, false).get(0).id();
        LocalDate monday = today().plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        List<Slot> slots = availability.slots(maya, monday, monday.plusDays(6), 60, List.of());

        assertThat(slots).isNotEmpty();
        assertThat(slots).allSatisfy(slot -> {
            ZonedDateTime local = slot.start().atZone(clinic.zone());
            assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(local.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 0));
            assertThat(local.toLocalTime().isBefore(LocalTime.of(13, 15))
                    && local.toLocalTime().plusMinutes(60).isAfter(LocalTime.of(12, 30))).isFalse();
        });
        assertThat(slots.get(0).start()).isEqualTo(monday.atTime(9, 0).atZone(clinic.zone()).toInstant());
        assertThat(availability.isWithinWorkingHours(maya, monday.atTime(16, 0).atZone(clinic.zone()).toInstant(), 60))
                .isTrue();
        assertThat(availability.isWithinWorkingHours(maya, monday.atTime(16, 30).atZone(clinic.zone()).toInstant(), 60))
                .isFalse();

        Interval booked = new Interval(monday.atTime(9, 0).atZone(clinic.zone()).toInstant(),
                monday.atTime(10, 0).atZone(clinic.zone()).toInstant());
        List<Slot> afterBooking = availability.slots(maya, monday, monday, 60, List.of(booked));
        assertThat(afterBooking.get(0).start()).isEqualTo(monday.atTime(10, 15).atZone(clinic.zone()).toInstant());
        assertThat(availability.nextSlot(maya, 60, List.of())).get().satisfies(next -> assertThat(next.start())
                .isBefore(monday.plusDays(1).atStartOfDay(clinic.zone()).toInstant()));
    }
}
