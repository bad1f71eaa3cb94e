package org.kneadwell.fhir;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What an import keeps of its own: resources with no table here, and other systems' patient identifiers (V26). */
@Repository
class ImportedRecords {

    /** A resource as another system sent it (without its id, meta and narrative), for one of our patients. */
    record Stored(UUID publicId, UUID patientId, String type, String json) {
    }

    private final JdbcClient jdbc;

    ImportedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean has(UUID patientId, String type, String identity) {
        return jdbc.sql("select count(*) from fhir_imported_resource where patient_id = ? and resource_type = ?"
                + " and identity_key = ?").params(patientId, type, identity).query(Long.class).single() > 0;
    }

    void insert(UUID publicId, UUID patientId, String type, String identity, String json, Instant at, UUID by) {
        jdbc.sql("insert into fhir_imported_resource (public_id, patient_id, resource_type, identity_key, resource,"
                + " imported_at, imported_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(publicId, patientId, type, identity, json, utc(at), by).update();
    }

    List<Stored> ofPatient(UUID patientId) {
        return jdbc.sql("select public_id, patient_id, resource_type, resource from fhir_imported_resource"
                + " where patient_id = ? order by id").param(patientId)
                .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    Optional<UUID> patientByIdentifier(String system, String identifier) {
        return jdbc.sql("select patient_id from fhir_patient_identifier where system = ? and identifier = ?")
                .params(system, identifier).query(UUID.class).optional();
    }

    void identify(String system, String identifier, UUID patientId, Instant at) {
        if (patientByIdentifier(system, identifier).isEmpty()) {
            jdbc.sql("insert into fhir_patient_identifier (system, identifier, patient_id, recorded_at) values (?, ?, ?, ?)")
                    .params(system, identifier, patientId, utc(at)).update();
        }
    }
}
