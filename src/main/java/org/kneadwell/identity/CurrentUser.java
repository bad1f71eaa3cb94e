package org.kneadwell.identity;

import java.io.Serializable;
import java.util.UUID;

import org.kneadwell.shared.Actor;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in account as the rest of the application sees it. It is stored in the HTTP session, so it
 * carries no secrets; its name is the account's public id, which is how sessions are found to end them.
 */
@NamedInterface("actor")
public record CurrentUser(long accountId, UUID publicId, String email, String displayName, Role role)
        implements Actor, AuthenticatedPrincipal, Serializable {

    @Override
    public UUID actorId() {
        return publicId;
    }

    @Override
    public String actorRole() {
        return role.name();
    }

    @Override
    public String getName() {
        return publicId.toString();
    }

    public boolean is(Role other) {
        return role == other;
    }
}
