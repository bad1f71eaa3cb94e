package org.kneadwell.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.kneadwell.fhir.FhirImports;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.stereotype.Component;

/**
 * FHIR import in the demo (issue 14): Nadia Haddad moved from Riverside Physio, whose system sent her record as
 * a FHIR bundle that Maya Chen imported. Her chart shows four months of pain scores and two PEG scores marked
 * "Imported"; her low back pain and her answers to Riverside's intake form travel on in every export; what
 * Kneadwell does not keep (a heart rate, an encounter) was reported and left out.
 */
@Component
class DemoImport {

    private static final String NADIA = "urn:uuid:6d1c5f0e-3b8a-4f0e-9a51-2b7c1e9d4a10";

    private final FhirImports imports;
    private final ClinicSettings clinic;
    private final Clock clock;

    DemoImport(FhirImports imports, ClinicSettings clinic, Clock clock) {
        this.imports = imports;
        this.clinic = clinic;
        this.clock = clock;
    }

    void seed(CurrentUser maya) {
        Instant now = clock.instant();
        List<String> entries = new ArrayList<>();
        entries.add("""
                {"fullUrl": "%s", "resource": {"resourceType": "Patient",
                  "identifier": [{"system": "https://records.riverside-physio.example/mrn", "value": "RP-20931"}],
                  "name": [{"use": "official", "family": "Haddad", "given": ["Nadia"]}],
                  "telecom": [{"system": "email", "value": "nadia.haddad@example.org"},
                              {"system": "phone", "value": "+44 7700 900477"}],
                  "gender": "female", "birthDate": "%s",
                  "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "en"}]}}]}}"""
                .formatted(NADIA, clinic.today(clock).minusYears(47).minusDays(80)));
        entries.add("""
                {"resource": {"resourceType": "Condition",
                  "identifier": [{"system": "https://records.riverside-physio.example/condition", "value": "rp-c-20931-1"}],
                  "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                                 "code": "active"}]},
                  "code": {"coding": [{"system": "http://snomed.info/sct", "code": "279039007", "display": "Low back pain"}],
                           "text": "Chronic low back pain, worse after long days at the desk"},
                  "subject": {"reference": "%s"}, "onsetDateTime": "%s", "recordedDate": "%s"}}"""
                .formatted(NADIA, clinic.today(clock).minusMonths(14), at(now, 120)));
        entries.add("""
                {"resource": {"resourceType": "QuestionnaireResponse",
                  "questionnaire": "https://records.riverside-physio.example/fhir/Questionnaire/back-intake|2",
                  "status": "completed", "subject": {"reference": "%s"}, "authored": "%s",
                  "item": [{"linkId": "1", "text": "Which activities are hardest?",
                            "answer": [{"valueString": "Sitting at my desk for more than an hour"}]}]}}"""
                .formatted(NADIA, at(now, 120)));
        int[][] pain = { { 120, 7 }, { 90, 6 }, { 60, 6 }, { 30, 5 } };
        for (int[] p : pain) {
            entries.add(observation("72514-3", String.valueOf(p[1]), at(now, p[0])));
        }
        entries.add(observation("91147-9", "6.3", at(now, 90)));
        entries.add(observation("91147-9", "5.0", at(now, 30)));
        entries.add(observation("8867-4", "72", at(now, 30))); // a heart rate: not a measure kept here
        entries.add("""
                {"resource": {"resourceType": "Encounter", "status": "finished",
                  "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                  "subject": {"reference": "%s"}}}""".formatted(NADIA));
        imports.importBundle(maya, "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": ["
                + String.join(",", entries) + "]}");
    }

    private static String observation(String loinc, String value, String at) {
        return """
                {"resource": {"resourceType": "Observation", "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": "%s"}]},
                  "subject": {"reference": "%s"}, "effectiveDateTime": "%s",
                  "valueQuantity": {"value": %s}}}""".formatted(loinc, NADIA, at, value);
    }

    private static String at(Instant now, int daysAgo) {
        return now.minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
