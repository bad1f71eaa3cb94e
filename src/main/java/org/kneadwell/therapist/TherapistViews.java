package org.kneadwell.therapist;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** View models for the pages: weekly hours as lines a person reads. */
final class TherapistViews {

    record HoursLine(UUID id, DayOfWeek day, String start, String end, String location) {
    }

    private TherapistViews() {
    }

    static List<HoursLine> days(Schedule schedule, List<Location> locations) {
        Map<UUID, String> names = locations.stream().collect(Collectors.toMap(Location::id, Location::name,
                (a, b) -> a));
        List<HoursLine> lines = new ArrayList<>();
        for (WeeklyHours h : schedule.hours()) {
            lines.add(new HoursLine(h.id(), h.day(), h.start().toString(), h.end().toString(),
                    names.getOrDefault(h.locationId(), "")));
        }
        return lines;
    }

    static Map<UUID, Location> byId(List<Location> locations) {
        return locations.stream().collect(Collectors.toMap(Location::id, Function.identity()));
    }
}
