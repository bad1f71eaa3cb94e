package org.kneadwell.fhir;

import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.context.FhirContext;

/**
 * The one {@link FhirContext} (R4). HAPI scans a resource type's model (its class and every datatype it uses) the
 * first time that type is parsed or written, about a second and a half for the types below on this project's
 * 2-core machine. The context is therefore made, and those types scanned, on a background thread while the rest
 * of the application starts ({@link Bean.Bootstrap#BACKGROUND}, Spring's bootstrap executor), so neither the demo
 * clinic's FHIR import nor a clinic's first FHIR request pays for it. Its users take it through an
 * {@code ObjectProvider}, which waits for it if it is not ready yet.
 */
@Configuration
class FhirConfig {

    /** The resource types Kneadwell writes, and those it reads or reports on import. */
    private static final List<Class<? extends IBaseResource>> SCANNED_AT_START = List.of(Bundle.class, Patient.class,
            Observation.class, Condition.class, QuestionnaireResponse.class, OperationOutcome.class, CodeSystem.class,
            CapabilityStatement.class, Practitioner.class, Encounter.class);

    private static final Logger log = LoggerFactory.getLogger(FhirConfig.class);

    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    FhirContext fhirContext() {
        long started = System.nanoTime();
        FhirContext context = FhirContext.forR4();
        SCANNED_AT_START.forEach(context::getResourceDefinition);
        log.info("FHIR R4 context created and {} resource types scanned in {} ms", SCANNED_AT_START.size(),
                (System.nanoTime() - started) / 1_000_000);
        return context;
    }
}
