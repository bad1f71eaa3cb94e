package org.kneadwell.fhir;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.Resource;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ca.uhn.fhir.parser.IParser;
import jakarta.annotation.PreDestroy;

/**
 * FHIR Bulk Data export of the whole clinic ({@code GET /fhir/$export}), for admins: a job runs in the background,
 * one patient at a time, and appends each resource as one line to an NDJSON file per resource type under
 * {@code ${kneadwell.home}/exports/<job>}, so memory stays bounded by one patient's record whatever the clinic's
 * size. Each patient's part runs through the same module reads as {@code Patient/$everything} (access checked,
 * reads audited) inside the access policy's export grant, and is recorded as a disclosure. The requester polls the
 * status, fetches the files and may delete the job; a job and its files go 24 hours after it ends. A restart fails
 * the jobs it interrupted.
 */
@Service
class BulkExport {

    static final String DISCLOSURE = "fhir.bulk-export.disclose";
    static final Duration KEPT = Duration.ofHours(24);
    /** Every type the export writes, in the order a manifest lists them. */
    static final List<String> TYPES = List.of("Patient", "Condition", "Consent", "Flag", "ServiceRequest", "Task",
            "CarePlan", "Goal", "Appointment",
            "Encounter", "Procedure", "AdverseEvent", "Practitioner", "PractitionerRole", "Observation",
            "QuestionnaireResponse");
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(BulkExport.class);

    enum Status { RUNNING, COMPLETED, FAILED, CANCELLED }

    /** A job as its requester sees it; {@code output} maps each type written to its resource count. */
    record Job(UUID id, UUID requestedBy, Instant requestedAt, String request, List<String> types, Status status,
            int patientsTotal, int patientsDone, Map<String, Integer> output, String error, Instant finishedAt) {
    }

    /** The requester already has an export running. */
    static final class Busy extends RuntimeException {
        final UUID running;

        Busy(UUID running) {
            super("An export of yours is still running");
            this.running = running;
        }
    }

    private final JdbcClient jdbc;
    private final FhirRecords records;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path root;
    private final TransactionTemplate readOnly;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fhir-bulk-export");
        t.setDaemon(true);
        return t;
    });

    BulkExport(JdbcClient jdbc, FhirRecords records, PatientRecords patients, AuditTrail audit, Clock clock,
            @Value("${kneadwell.home}") Path home, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.records = records;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
        this.root = home.resolve("exports");
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Starts an export of {@code types} (all when empty) for an admin; returns the job's id. */
    UUID start(CurrentUser user, List<String> types, String request) {
        if (!patients.mayExportClinic(user)) {
            throw new AccessDeniedException("Only admins export the clinic");
        }
        removeExpired();
        Optional<UUID> running = jdbc.sql("select public_id from fhir_export_job where requested_by = ? and status = ?")
                .params(user.publicId(), Status.RUNNING.name()).query(UUID.class).optional();
        if (running.isPresent()) {
            throw new Busy(running.get());
        }
        UUID id = UUID.randomUUID();
        int total = (int) patients.clinicSize(user);
        jdbc.sql("insert into fhir_export_job (public_id, requested_by, requested_at, request_url, resource_types,"
                + " status, patients_total, patients_done) values (?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, user.publicId(), utc(clock.instant()), request,
                        types.isEmpty() ? null : String.join(",", types), Status.RUNNING.name(), total)
                .update();
        audit.read(user, "fhir.bulk-export.start", null, "fhir-export", id.toString());
        worker.execute(() -> run(user, id, types.isEmpty() ? TYPES : types));
        return id;
    }

    /** The job, if it is this user's (anyone else's is as if it did not exist). */
    Optional<Job> job(CurrentUser user, UUID id) {
        // a job past its day is gone for its requester at once, even before the clean-up removes its files
        return jdbc.sql("select * from fhir_export_job where public_id = ? and requested_by = ?"
                        + " and (finished_at is null or finished_at >= ?)")
                .params(id, user.publicId(), utc(keptSince())).query((rs, n) -> new Job(rs.getObject("public_id", UUID.class),
                        rs.getObject("requested_by", UUID.class), instant(rs, "requested_at"),
                        rs.getString("request_url"), list(rs.getString("resource_types")),
                        Status.valueOf(rs.getString("status")), rs.getInt("patients_total"), rs.getInt("patients_done"),
                        output(rs.getString("output")), rs.getString("error"),
                        rs.getObject("finished_at") == null ? null : instant(rs, "finished_at")))
                .optional();
    }

    /** Deletes the job and its files (a running one stops within its next 25 patients and then removes them). */
    boolean delete(CurrentUser user, UUID id) {
        if (job(user, id).filter(j -> j.status() != Status.CANCELLED).isEmpty()) {
            return false;
        }
        int stopping = jdbc.sql("update fhir_export_job set status = ?, finished_at = ? where public_id = ? and status = ?")
                .params(Status.CANCELLED.name(), utc(clock.instant()), id, Status.RUNNING.name()).update();
        if (stopping == 0) {
            jdbc.sql("delete from fhir_export_job where public_id = ?").param(id).update();
            deleteFiles(id);
        }
        audit.read(user, "fhir.bulk-export.delete", null, "fhir-export", id.toString());
        return true;
    }

    /** A finished job's file of one type, if the job is this user's and wrote that type. */
    Optional<Path> file(CurrentUser user, UUID id, String type) {
        return job(user, id).filter(j -> j.status() == Status.COMPLETED && j.output().containsKey(type))
                .map(j -> root.resolve(id.toString()).resolve(type + ".ndjson")).filter(Files::isRegularFile);
    }

    private void run(CurrentUser user, UUID id, List<String> types) {
        Path dir = root.resolve(id.toString());
        Map<String, BufferedWriter> files = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>(); // practitioners appear in many patients' records: written once
        IParser parser = records.context().newJsonParser().setPrettyPrint(false);
        int done = 0;
        boolean discard = false;
        try {
            Files.createDirectories(dir);
            UUID after = null;
            for (List<UUID> page = patients.clinicPage(user, null, PAGE); !page.isEmpty();
                    page = patients.clinicPage(user, after, PAGE)) {
                for (UUID patientId : page) {
                    if (done % 25 == 0 && cancelled(id)) { // checked where progress is written, not per patient
                        return;
                    }
                    List<Resource> resources = readOnly.execute(status -> patients.exportingClinic(user, () -> {
                        List<Resource> record = records.record(user, patientId);
                        audit.read(user, DISCLOSURE, patientId, "fhir-export", id.toString());
                        return record;
                    }));
                    for (Resource r : resources) {
                        String type = r.fhirType();
                        if (!types.contains(type) || (type.startsWith("Practitioner") && !shared.add(type + "/" + r.getIdPart()))) {
                            continue;
                        }
                        BufferedWriter out = files.computeIfAbsent(type, t -> open(dir.resolve(t + ".ndjson")));
                        out.write(parser.encodeResourceToString(r));
                        out.write('\n');
                        counts.merge(type, 1, Integer::sum);
                    }
                    done++;
                    if (done % 25 == 0) {
                        jdbc.sql("update fhir_export_job set patients_done = ? where public_id = ?").params(done, id)
                                .update();
                    }
                }
                after = page.get(page.size() - 1);
            }
            for (BufferedWriter out : files.values()) {
                out.close();
            }
            jdbc.sql("update fhir_export_job set status = ?, patients_done = ?, output = ?, finished_at = ?"
                    + " where public_id = ? and status = ?")
                    .params(Status.COMPLETED.name(), done, counts.entrySet().stream().map(e -> e.getKey() + ":"
                            + e.getValue()).collect(Collectors.joining(",")), utc(clock.instant()), id,
                            Status.RUNNING.name())
                    .update();
        } catch (AccessDeniedException refused) {
            // the requester's account was deactivated (or lost its role) while the export ran: stop, and keep no
            // files of patient data that nobody may fetch
            discard = true;
            log.warn("FHIR bulk export {} stopped after {} patients: its requester may no longer export", id, done);
            audit.denied(user, "fhir.export", null, "fhir-export", id.toString());
            jdbc.sql("update fhir_export_job set status = ?, patients_done = ?, error = ?, finished_at = ?"
                    + " where public_id = ?").params(Status.FAILED.name(), done, "The export stopped after " + done
                            + " patients: the account that started it may no longer export the clinic.",
                            utc(clock.instant()), id).update();
        } catch (RuntimeException | IOException e) {
            String incident = UUID.randomUUID().toString();
            log.error("FHIR bulk export {} failed, incident {}", id, incident, e);
            jdbc.sql("update fhir_export_job set status = ?, patients_done = ?, error = ?, finished_at = ?"
                    + " where public_id = ?").params(Status.FAILED.name(), done,
                            "The export stopped after " + done + " patients (incident " + incident + ").",
                            utc(clock.instant()), id).update();
        } finally {
            for (BufferedWriter out : files.values()) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // already reported as the export's failure
                }
            }
            if (cancelled(id)) {
                deleteFiles(id);
                jdbc.sql("delete from fhir_export_job where public_id = ?").param(id).update();
            } else if (discard) {
                deleteFiles(id);
            }
        }
    }

    private boolean cancelled(UUID id) {
        return jdbc.sql("select count(*) from fhir_export_job where public_id = ? and status = ?")
                .params(id, Status.CANCELLED.name()).query(Long.class).single() > 0;
    }

    private static BufferedWriter open(Path file) {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A restart ends the jobs it interrupted: their files are incomplete. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        jdbc.sql("update fhir_export_job set status = ?, error = ?, finished_at = ? where status = ?")
                .params(Status.FAILED.name(), "The export was interrupted by a restart; start it again.",
                        utc(clock.instant()), Status.RUNNING.name())
                .update();
    }

    /**
     * Removes exports past their day, files and all, also when nobody starts another export (which removes them
     * too): the files hold every patient's record and must not outlive the time the manifest promised.
     */
    @Scheduled(initialDelayString = "${kneadwell.jobs.first-run:PT50S}",
            fixedDelayString = "${kneadwell.fhir.export-clean-up:PT10M}")
    void removeExpiredOnSchedule() {
        removeExpired();
    }

    /** Jobs that ended before this instant are past their {@link #KEPT} time: gone for everyone. */
    private Instant keptSince() {
        return clock.instant().minus(KEPT);
    }

    private void removeExpired() {
        List<UUID> expired = jdbc.sql("select public_id from fhir_export_job where status <> ? and finished_at < ?")
                .params(Status.RUNNING.name(), utc(keptSince())).query(UUID.class).list();
        for (UUID id : expired) {
            deleteFiles(id);
            jdbc.sql("delete from fhir_export_job where public_id = ?").param(id).update();
        }
    }

    private void deleteFiles(UUID id) {
        Path dir = root.resolve(id.toString());
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("Could not delete the files of export {}", id, e);
        }
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }

    private static Map<String, Integer> output(String csv) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String part : list(csv)) {
            int colon = part.indexOf(':');
            counts.put(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1)));
        }
        return counts;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    static List<String> unknownTypes(List<String> types) {
        List<String> unknown = new ArrayList<>(types);
        unknown.removeAll(TYPES);
        return unknown;
    }
}
