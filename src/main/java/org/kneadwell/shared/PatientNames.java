package org.kneadwell.shared;

import java.util.List;
import java.util.UUID;

/**
 * Finds patients by name for a module that may not depend on the patient module (the audit report's filter). The
 * patient module implements it with its own search, so the actor sees only the patients its policy lets them search.
 */
public interface PatientNames {

    /** The public ids of the patients whose name contains {@code name}, among those {@code actor} may search. */
    List<UUID> idsMatching(Actor actor, String name);
}
