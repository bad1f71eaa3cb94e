package org.kneadwell.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.kneadwell.outcome.Measurement;
import org.kneadwell.outcome.Outcomes;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.session.ReactionKind;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Cause;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;
import org.springframework.stereotype.Component;

/**
 * Our own vocabularies as FHIR CodeSystems, each at {@code https://kneadwell.org/fhir/CodeSystem/<id>}: every code
 * our resources carry under that system, with its display. Built from the enums and the instrument catalogue the
 * app itself uses, so they cannot drift from what the export writes.
 */
@Component
class CodeSystems {

    private final Outcomes outcomes;

    CodeSystems(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    /** Every code system of ours, by id. */
    Map<String, CodeSystem> all() {
        Map<String, CodeSystem> systems = new LinkedHashMap<>();
        Map<String, String> instruments = new LinkedHashMap<>();
        outcomes.instruments().forEach(a -> instruments.put(a.instrument().id(), a.instrument().title()));
        instruments.put(Measurement.PAIN_AFTER_SESSION, "Pain intensity after a session (0 to 10)");
        instruments.put(FhirMapping.STARTBACK_RISK, "STarT Back risk group");
        put(systems, "instrument", "Outcome measures", "The questionnaires, ratings and measures Kneadwell records; "
                + "an observation carries the LOINC code beside ours where one exists.", instruments);
        put(systems, "technique", "Massage techniques", "The techniques a plan, a booking and a session name.",
                words(Technique.values()));
        put(systems, "cause", "Causes of back pain", "What the patient names as the cause of their pain at intake.",
                words(Cause.values()));
        Map<String, String> conditions = new LinkedHashMap<>();
        conditions.put("CHRONIC_BACK_PAIN", "Chronic back pain");
        conditions.putAll(words(ConditionCode.values()));
        put(systems, "condition", "Conditions of the safety screen", "Chronic back pain, and the conditions the "
                + "safety screen asks about (the screening contract's codes).", conditions);
        put(systems, "goal", "Treatment goals", "The goals a treatment plan sets.", words(Goal.values()));
        put(systems, "body-region", "Body regions", "The regions of the body map.", words(BodyRegion.values()));
        Map<String, String> safety = new LinkedHashMap<>();
        safety.put("ON_HOLD", "Massage on hold after a red-flag answer");
        safety.put("CLEARANCE_AWAITED", "Clinician clearance awaited");
        safety.put("CLEARANCE_EXPIRED", "Clinician clearance expired");
        safety.put("CLEARANCE_DECLINED", "Clinician clearance declined");
        for (Technique t : Technique.values()) {
            safety.put("CONTRAINDICATED_" + t.name(), Codes.words(t.name()) + " massage is contraindicated");
            safety.put("RESTRICTED_" + t.name(), Codes.words(t.name()) + " massage is restricted");
        }
        put(systems, "safety", "Effective safety", "Today's effective safety of a patient, as Flags: a hold, "
                + "clearance not in force, and each contraindicated or restricted technique.", safety);
        put(systems, "reaction", "Reactions after a session", "What a patient reports in the follow-up after a "
                + "session.", words(ReactionKind.values()));
        return systems;
    }

    Optional<CodeSystem> byId(String id) {
        return Optional.ofNullable(all().get(id));
    }

    private static void put(Map<String, CodeSystem> systems, String id, String title, String description,
            Map<String, String> concepts) {
        CodeSystem cs = new CodeSystem();
        cs.setId(id);
        cs.setUrl(Codes.CODE_SYSTEM + id);
        cs.setName("Kneadwell" + toName(id));
        cs.setTitle(title);
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setPublisher("Kneadwell");
        cs.setDescription(description);
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystemContentMode.COMPLETE);
        concepts.forEach((code, display) -> cs.addConcept().setCode(code).setDisplay(display));
        cs.setCount(concepts.size());
        systems.put(id, cs);
    }

    private static Map<String, String> words(Enum<?>[] values) {
        Map<String, String> words = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            words.put(value.name(), Codes.words(value.name()));
        }
        return words;
    }

    private static String toName(String id) {
        List<String> parts = new ArrayList<>();
        for (String part : id.split("-")) {
            parts.add(Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return String.join("", parts);
    }
}
