package org.kneadwell.shared;

import java.util.UUID;

/** What the audit trail needs to know about whoever is signed in; the identity module's principal implements it. */
public interface Actor {

    UUID actorId();

    String actorRole();
}
