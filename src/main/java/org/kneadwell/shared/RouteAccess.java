package org.kneadwell.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule every route declares: which audiences may call it at all, and whether it touches patient
 * data (in which case the service behind it must also ask the patient access policy and write an audit
 * event). A handler without this annotation is refused at run time and fails the route sweep test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RouteAccess {

    /** Who may call the route. */
    Audience[] value();

    /** Whether the route reads or writes patient data. */
    boolean patientData() default false;

    enum Audience {
        /** Anyone, signed in or not (sign-in page, invitation acceptance, health). */
        PUBLIC,
        /** Any signed-in account. */
        SIGNED_IN,
        PATIENT,
        THERAPIST,
        CLINICIAN,
        ADMIN
    }
}
