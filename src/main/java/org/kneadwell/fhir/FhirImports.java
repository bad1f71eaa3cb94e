package org.kneadwell.fhir;

import java.nio.charset.StandardCharsets;

import org.hl7.fhir.r4.model.Bundle;
import org.kneadwell.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The fhir module's import for other modules (the demo clinic brings a patient in from another clinic's system):
 * the same import, rules and audit as {@code POST /fhir}, with the entries' fates counted.
 */
@Service
public class FhirImports {

    private final FhirImport importer;

    FhirImports(FhirImport importer) {
        this.importer = importer;
    }

    /** How many entries were stored, were already there, were ignored, and were refused as invalid. */
    public record Summary(int created, int present, int ignored, int invalid) {
    }

    /** Imports a FHIR R4 Bundle (JSON) as {@code user}; a bundle refused as a whole throws and stores nothing. */
    public Summary importBundle(CurrentUser user, String bundleJson) {
        Bundle response = importer.run(user, bundleJson.getBytes(StandardCharsets.UTF_8));
        int created = 0;
        int present = 0;
        int ignored = 0;
        int invalid = 0;
        for (var entry : response.getEntry()) {
            String status = entry.getResponse().getStatus();
            if (status.startsWith("201")) {
                created++;
            } else if (status.startsWith("422")) {
                invalid++;
            } else if (entry.getResponse().hasOutcome() && !entry.getResponse().hasLocation()
                    && status.startsWith("200") && isIgnored(entry)) {
                ignored++;
            } else {
                present++;
            }
        }
        return new Summary(created, present, ignored, invalid);
    }

    private static boolean isIgnored(Bundle.BundleEntryComponent entry) {
        var outcome = (org.hl7.fhir.r4.model.OperationOutcome) entry.getResponse().getOutcome();
        return outcome.getIssue().stream()
                .anyMatch(i -> i.getCode() == org.hl7.fhir.r4.model.OperationOutcome.IssueType.NOTSUPPORTED);
    }
}
