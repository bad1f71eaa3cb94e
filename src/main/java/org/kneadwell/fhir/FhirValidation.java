package org.kneadwell.fhir;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;

/**
 * An R4 instance validator that works offline: the core definitions, in-memory terminology, the common code
 * systems (UCUM, languages...), snapshots generated on demand. LOINC and SNOMED are not bundled, so codes from
 * them are reported as warnings, not errors. The first validation loads the definitions (seconds), so build one
 * validator and keep it; never on start-up.
 */
final class FhirValidation {

    private FhirValidation() {
    }

    static FhirValidator validator(FhirContext context) {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context), new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirValidator validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        return validator;
    }
}
