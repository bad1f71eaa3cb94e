package org.kneadwell.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every module asks (never {@code now()}) and the clinic's settings. */
@Configuration(proxyBeanMethods = false)
class ClinicConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ClinicSettings clinicSettings(@Value("${kneadwell.clinic.name}") String name,
            @Value("${kneadwell.clinic.timezone:}") String zone, @Value("${spring.datasource.url}") String url) {
        return new ClinicSettings(name, zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone),
                url.startsWith("jdbc:h2:"));
    }
}
