package org.kneadwell.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The end of the chain as the sealer last left it, and where the keyed chain begins: events up to
 * {@code legacySeq} were sealed with plain SHA-256 before the audit key existed; {@code anchorMac} binds that
 * boundary to the key (null until the first keyed seal).
 */
record ChainHead(long lastSeq, String lastHash, long legacySeq, String legacyHash, String anchorMac) {

    static final String SELECT = "select last_seq, last_hash, legacy_seq, legacy_hash, anchor_mac "
            + "from audit_chain_head where id = 1";

    /** Moves the head on to the last event chained (its sequence number and link). */
    static final String MOVE = "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1";

    static ChainHead read(JdbcClient jdbc) {
        return jdbc.sql(SELECT).query(ChainHead::map).single();
    }

    /** Reads the head and locks it until the transaction ends: only one sealer at a time. */
    static ChainHead lock(JdbcClient jdbc) {
        return jdbc.sql(SELECT + " for update").query(ChainHead::map).single();
    }

    static ChainHead map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash"), rs.getLong("legacy_seq"),
                rs.getString("legacy_hash"), rs.getString("anchor_mac"));
    }

    boolean isLegacy(long seq) {
        return seq <= legacySeq;
    }
}
