package org.kneadwell.patient.clinic;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * Links an existing patient account to a record without asking the access policy, for seeding a clinic's data
 * (the demo clinic). Only modules that declare {@code patient :: seeding} may use it; people link accounts by
 * accepting an invitation.
 */
@NamedInterface("seeding")
public interface AccountLinks {

    void linkAccount(UUID patientId, long accountId);
}
