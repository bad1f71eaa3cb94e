package org.kneadwell.fhir;

import java.util.Locale;

/** The canonical addresses of our own vocabularies and the standard ones the mapping uses. */
final class Codes {

    /** Every code system of ours lives under this base. */
    static final String BASE = "https://kneadwell.org/fhir";
    static final String CODE_SYSTEM = BASE + "/CodeSystem/";
    static final String INSTRUMENT = CODE_SYSTEM + "instrument";
    static final String TECHNIQUE = CODE_SYSTEM + "technique";
    static final String CAUSE = CODE_SYSTEM + "cause";
    static final String CONDITION = CODE_SYSTEM + "condition";
    static final String GOAL = CODE_SYSTEM + "goal";
    static final String BODY_REGION = CODE_SYSTEM + "body-region";
    static final String PATIENT_ID = BASE + "/NamingSystem/patient";
    /** Our questionnaires' canonical URLs: this, then the instrument's id (RMDQ, PEG, ...). */
    static final String QUESTIONNAIRE = BASE + "/Questionnaire/";

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    private Codes() {
    }

    /** An enum's code as words for a coding's display ("DEEP_TISSUE" -> "Deep tissue"). */
    static String words(String code) {
        String lower = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
