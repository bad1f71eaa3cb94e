package org.kneadwell.fhir;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import ca.uhn.fhir.context.FhirContext;

/**
 * The one {@link FhirContext} (R4). Building it scans the model classes (about a second here), so it is made on
 * the first FHIR request, never at start-up: it is {@link Lazy} and its users take it through an
 * {@code ObjectProvider}.
 */
@Configuration
class FhirConfig {

    private static final Logger log = LoggerFactory.getLogger(FhirConfig.class);

    @Bean
    @Lazy
    FhirContext fhirContext() {
        long started = System.nanoTime();
        FhirContext context = FhirContext.forR4();
        log.info("FHIR R4 context created in {} ms", (System.nanoTime() - started) / 1_000_000);
        return context;
    }
}
