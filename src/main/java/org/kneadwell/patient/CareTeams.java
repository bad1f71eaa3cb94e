package org.kneadwell.patient;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kneadwell.shared.DecisionCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is on each patient's care team. */
@Repository
class CareTeams {

    private final JdbcClient jdbc;
    /** Membership answers, emptied by every change to any care team (the next request asks the database). */
    private final DecisionCache<Membership, Boolean> members;

    CareTeams(JdbcClient jdbc, @Value("${kneadwell.cache.decisions:true}") boolean cache) {
        this.jdbc = jdbc;
        this.members = new DecisionCache<>(50_000, cache);
    }

    private record Membership(long patientId, long accountId) {
    }

    boolean isMember(long patientId, long accountId) {
        return members.get(new Membership(patientId, accountId), m -> jdbc.sql(
                "select count(*) from care_team_member where patient_id = ? and account_id = ?")
                .params(m.patientId(), m.accountId()).query(Long.class).single() > 0);
    }

    List<CareTeamMember> of(long patientId) {
        return jdbc.sql("""
                select m.account_id, a.public_id, a.display_name, m.team_role, m.added_at
                from care_team_member m join account a on a.id = m.account_id
                where m.patient_id = ? order by m.team_role, a.display_name""")
                .param(patientId)
                .query((rs, i) -> member(rs.getLong("account_id"), rs.getObject("public_id", UUID.class),
                        rs.getString("display_name"), rs.getString("team_role"), instant(rs, "added_at")))
                .list();
    }

    static CareTeamMember member(long accountId, UUID publicId, String displayName, String teamRole, Instant addedAt) {
        return new CareTeamMember(accountId, publicId, displayName, TeamRole.valueOf(teamRole), addedAt);
    }

    /** Adds the member; false if they were already on the team. */
    boolean add(long patientId, long accountId, TeamRole role, long addedBy, Instant now) {
        if (isMember(patientId, accountId)) {
            return false;
        }
        members.invalidate();
        try {
            jdbc.sql("insert into care_team_member (patient_id, account_id, team_role, added_at, added_by) values (?, ?, ?, ?, ?)")
                    .params(patientId, accountId, role.name(), utc(now), addedBy).update();
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    boolean remove(long patientId, long accountId) {
        members.invalidate();
        return jdbc.sql("delete from care_team_member where patient_id = ? and account_id = ?")
                .params(patientId, accountId).update() == 1;
    }
}
