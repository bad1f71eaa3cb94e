package org.kneadwell.fhir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** HAPI FHIR (ca.uhn.fhir, org.hl7.fhir) is used by the fhir module only (architecture.md, stack notes trap 12). */
class HapiStaysInTheFhirModuleTest {

    @Test
    void noOtherModuleUsesHapiTypes() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kneadwell");
        noClasses().that().resideOutsideOfPackage("org.kneadwell.fhir..").should().dependOnClassesThat()
                .resideInAnyPackage("ca.uhn..", "org.hl7..").check(classes);
    }
}
