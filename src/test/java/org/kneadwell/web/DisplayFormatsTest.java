package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.ClinicSettings;

class DisplayFormatsTest {

    private final DisplayFormats fmt = new DisplayFormats(new ClinicSettings("Clinic", ZoneId.of("Europe/London"), true));

    @Test
    void aDurationOfWholeYearsReadsInYears() {
        assertThat(fmt.durationUnit(156)).isEqualTo("years");
        assertThat(fmt.durationAmount(156)).isEqualTo(3);
    }

    @Test
    void aDurationEnteredInMonthsReadsInMonths() {
        assertThat(fmt.durationUnit(78)).isEqualTo("months");
        assertThat(fmt.durationAmount(78)).isEqualTo(18);
        assertThat(fmt.durationUnit(26)).isEqualTo("months");
        assertThat(fmt.durationAmount(26)).isEqualTo(6);
    }

    @Test
    void aFewWeeksStayWeeks() {
        assertThat(fmt.durationUnit(3)).isEqualTo("weeks");
        assertThat(fmt.durationAmount(3)).isEqualTo(3);
        assertThat(fmt.durationAmount(null)).isNull();
    }

    @Test
    void datesReadOneWay() {
        assertThat(fmt.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 Dec 2026");
    }
}
