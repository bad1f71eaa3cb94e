package org.kneadwell.therapist;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.shared.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored therapist profiles with their techniques, locations and availability. */
@Repository
class Therapists {

    /** A profile row before the account's name and the child rows are added. */
    record Row(long id, UUID publicId, long accountId, Credential credential, int chronicBackPainYears,
            Set<String> languages, String bio, String accessibilityNotes, int bufferMinutes) {
    }

    private static final String COLUMNS = "id, public_id, account_id, registration_number, issuing_body, jurisdiction, "
            + "credential_expires_on, verified_at, verified_by, chronic_back_pain_years, languages, bio, "
            + "accessibility_notes, buffer_minutes";

    private final JdbcClient jdbc;

    Therapists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all() {
        return jdbc.sql("select " + COLUMNS + " from therapist_profile order by id").query(Therapists::row).list();
    }

    Optional<Row> byPublicId(UUID publicId) {
        return jdbc.sql("select " + COLUMNS + " from therapist_profile where public_id = ?").param(publicId)
                .query(Therapists::row).optional();
    }

    Optional<Row> byAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from therapist_profile where account_id = ?").param(accountId)
                .query(Therapists::row).optional();
    }

    Set<Technique> techniques(long profileId) {
        List<Technique> offered = jdbc.sql("select technique from therapist_technique where profile_id = ?")
                .param(profileId).query((rs, n) -> Technique.valueOf(rs.getString(1))).list();
        Set<Technique> sorted = EnumSet.noneOf(Technique.class);
        sorted.addAll(offered);
        return sorted;
    }

    List<Location> locationsOf(long profileId) {
        return jdbc.sql("""
                select l.public_id, l.name, l.address, l.latitude, l.longitude from clinic_location l
                join therapist_location t on t.location_id = l.id where t.profile_id = ? order by l.name""")
                .param(profileId).query(Therapists::location).list();
    }

    Schedule schedule(long profileId, int bufferMinutes) {
        List<WeeklyHours> hours = jdbc.sql("""
                select h.public_id, h.day_of_week, h.start_time, h.end_time, l.public_id as location
                from working_hours h join clinic_location l on l.id = h.location_id
                where h.profile_id = ? order by h.day_of_week, h.start_time""").param(profileId)
                .query((rs, n) -> new WeeklyHours(rs.getObject("public_id", UUID.class),
                        DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class), rs.getObject("location", UUID.class)))
                .list();
        List<WeeklyBreak> breaks = jdbc.sql("""
                select public_id, day_of_week, start_time, end_time from availability_break
                where profile_id = ? order by day_of_week, start_time""").param(profileId)
                .query((rs, n) -> new WeeklyBreak(rs.getObject("public_id", UUID.class),
                        DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class)))
                .list();
        List<TimeOff> off = jdbc.sql("""
                select public_id, starts_on, ends_on, reason from time_off where profile_id = ? order by starts_on""")
                .param(profileId)
                .query((rs, n) -> new TimeOff(rs.getObject("public_id", UUID.class),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getString("reason")))
                .list();
        return new Schedule(hours, breaks, off, bufferMinutes);
    }

    long insertProfile(UUID publicId, long accountId) {
        jdbc.sql("insert into therapist_profile (public_id, account_id) values (?, ?)").params(publicId, accountId)
                .update();
        return byPublicId(publicId).orElseThrow().id();
    }

    void updateProfile(long id, int years, Set<String> languages, String bio, String accessibility) {
        jdbc.sql("""
                update therapist_profile set chronic_back_pain_years = ?, languages = ?, bio = ?, accessibility_notes = ?
                where id = ?""").params(years, String.join(",", languages), bio, accessibility, id).update();
    }

    void replaceTechniques(long id, Set<Technique> techniques) {
        jdbc.sql("delete from therapist_technique where profile_id = ?").param(id).update();
        for (Technique t : techniques) {
            jdbc.sql("insert into therapist_technique (profile_id, technique) values (?, ?)").params(id, t.name())
                    .update();
        }
    }

    void replaceLocations(long id, Set<UUID> locations) {
        jdbc.sql("delete from therapist_location where profile_id = ?").param(id).update();
        for (UUID location : locations) {
            jdbc.sql("""
                    insert into therapist_location (profile_id, location_id)
                    select ?, id from clinic_location where public_id = ?""").params(id, location).update();
        }
    }

    void updateCredential(long id, String number, String body, String jurisdiction, LocalDate expiresOn) {
        jdbc.sql("""
                update therapist_profile set registration_number = ?, issuing_body = ?, jurisdiction = ?,
                       credential_expires_on = ?, verified_at = null, verified_by = null where id = ?""")
                .params(number, body, jurisdiction, expiresOn, id).update();
    }

    void verify(long id, UUID by, Instant at) {
        jdbc.sql("update therapist_profile set verified_at = ?, verified_by = ? where id = ?").params(utc(at), by, id)
                .update();
    }

    void updateBuffer(long id, int minutes) {
        jdbc.sql("update therapist_profile set buffer_minutes = ? where id = ?").params(minutes, id).update();
    }

    void insertHours(long profileId, WeeklyHours h) {
        jdbc.sql("""
                insert into working_hours (public_id, profile_id, location_id, day_of_week, start_time, end_time)
                select ?, ?, id, ?, ?, ? from clinic_location where public_id = ?""")
                .params(h.id(), profileId, h.day().getValue(), h.start(), h.end(), h.locationId()).update();
    }

    void insertBreak(long profileId, WeeklyBreak b) {
        jdbc.sql("""
                insert into availability_break (public_id, profile_id, day_of_week, start_time, end_time)
                values (?, ?, ?, ?, ?)""").params(b.id(), profileId, b.day().getValue(), b.start(), b.end()).update();
    }

    void insertTimeOff(long profileId, TimeOff off) {
        jdbc.sql("insert into time_off (public_id, profile_id, starts_on, ends_on, reason) values (?, ?, ?, ?, ?)")
                .params(off.id(), profileId, off.startsOn(), off.endsOn(), off.reason()).update();
    }

    /** Removes one of the profile's hours, breaks or days off; false when it has none with this id. */
    boolean deleteAvailability(String table, long profileId, UUID publicId) {
        if (!Set.of("working_hours", "availability_break", "time_off").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.sql("delete from " + table + " where profile_id = ? and public_id = ?").params(profileId, publicId)
                .update() > 0;
    }

    List<Location> locations() {
        return jdbc.sql("select public_id, name, address, latitude, longitude from clinic_location order by name")
                .query(Therapists::location).list();
    }

    void insertLocation(Location l) {
        jdbc.sql("insert into clinic_location (public_id, name, address, latitude, longitude) values (?, ?, ?, ?, ?)")
                .params(l.id(), l.name(), l.address(), l.latitude(), l.longitude()).update();
    }

    List<Place> places() {
        return jdbc.sql("select public_id, name, latitude, longitude from place order by name")
                .query((rs, n) -> new Place(rs.getObject("public_id", UUID.class), rs.getString("name"),
                        rs.getDouble("latitude"), rs.getDouble("longitude")))
                .list();
    }

    boolean placeNamed(String name) {
        return jdbc.sql("select count(*) from place where lower(name) = lower(?)").param(name).query(Long.class)
                .single() > 0;
    }

    void insertPlace(Place p, UUID by, Instant at) {
        jdbc.sql("insert into place (public_id, name, latitude, longitude, created_at, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.name(), p.latitude(), p.longitude(), utc(at), by).update();
    }

    private static Location location(ResultSet rs, int n) throws SQLException {
        return new Location(rs.getObject("public_id", UUID.class), rs.getString("name"), rs.getString("address"),
                rs.getDouble("latitude"), rs.getDouble("longitude"));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Credential credential = new Credential(rs.getString("registration_number"), rs.getString("issuing_body"),
                rs.getString("jurisdiction"), rs.getObject("credential_expires_on", LocalDate.class),
                instant(rs, "verified_at"), rs.getObject("verified_by", UUID.class));
        Set<String> languages = Arrays.stream(rs.getString("languages").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return new Row(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getLong("account_id"), credential,
                rs.getInt("chronic_back_pain_years"), languages, rs.getString("bio"), rs.getString("accessibility_notes"),
                rs.getInt("buffer_minutes"));
    }
}
