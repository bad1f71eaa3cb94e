package org.kneadwell.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kneadwell.support.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ids the seeded demo clinic gave its records, by the placeholder names {@link PagesByRole} uses. */
final class DemoRecordIds {

    private DemoRecordIds() {
    }

    static Map<String, String> of(JdbcClient jdbc) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String given : new String[] {"Jordan", "Rosa", "Aisha"}) {
            ids.put(given.toLowerCase(), jdbc.sql("select public_id from patient where given_name = ?")
                    .param(given).query(String.class).single());
        }
        ids.put("jordanPlan", jdbc.sql("select public_id from treatment_plan where patient_id = ? order by id")
                .param(java.util.UUID.fromString(ids.get("jordan"))).query(String.class).list().get(0));
        ids.put("jordanFollowUp", jdbc.sql("select appointment_id from follow_up where patient_id = ? "
                + "order by answered_at nulls first, session_end desc").param(java.util.UUID.fromString(ids.get("jordan")))
                .query(String.class).list().get(0));
        ids.put("jordanFollowUpAnswered", jdbc.sql("select appointment_id from follow_up where patient_id = ? "
                + "and answered_at is not null order by session_end").param(java.util.UUID.fromString(ids.get("jordan")))
                .query(String.class).list().get(0));
        ids.put("rosaClearance", jdbc.sql("select public_id from clearance_request where patient_id = ? order by id")
                .param(java.util.UUID.fromString(ids.get("rosa"))).query(String.class).list().get(0));
        ids.put("jordanSignedSession", jdbc.sql("select appointment_id from session_note where patient_id = ? "
                + "and status = 'SIGNED' order by session_start").param(java.util.UUID.fromString(ids.get("jordan")))
                .query(String.class).list().get(0));
        ids.put("hannahOverride", jdbc.sql("select n.appointment_id from session_note n join patient p "
                + "on p.public_id = n.patient_id where p.given_name = 'Hannah' and exists (select 1 from "
                + "session_treatment t where t.note_id = n.id and t.overridden is not null)")
                .query(String.class).single());
        ids.put("mayaAccount", jdbc.sql("select public_id from account where email = ?").param(Demo.THERAPIST)
                .query(String.class).single());
        ids.put("priyaAccount", jdbc.sql("select public_id from account where email = ?").param(Demo.CLINICIAN)
                .query(String.class).single());
        ids.put("mayaProfile", jdbc.sql("select p.public_id from therapist_profile p join account a on a.id = p.account_id"
                + " where a.email = ?").param(Demo.THERAPIST).query(String.class).single());
        ids.put("samInvitation", jdbc.sql("select public_id from account where email = ? and status = 'INVITED'")
                .param("sam.rivera@demo.kneadwell.org").query(String.class).single());
        for (String given : new String[] {"Jordan", "Hannah", "David"}) {
            ids.put(given.toLowerCase() + "Today", jdbc.sql("select a.public_id from appointment a join patient p on "
                    + "p.public_id = a.patient_id join therapist_profile t on t.public_id = a.therapist_id join account c "
                    + "on c.id = t.account_id where p.given_name = ? and c.email = ? and a.status = 'BOOKED' "
                    + "order by a.id desc limit 1")
                    .params(given, Demo.THERAPIST).query(String.class).single());
        }
        // A session of Jordan's to cancel: an upcoming booked one when there is one (other tests may cancel them).
        ids.put("jordanSession", jdbc.sql("select public_id from appointment where patient_id = ? order by case when "
                + "status = 'BOOKED' and starts_at > current_timestamp then 0 else 1 end, starts_at")
                .param(java.util.UUID.fromString(ids.get("jordan"))).query(String.class).list().get(0));
        ids.put("jordanThread", jdbc.sql("select public_id from message_thread where patient_id = ? order by id")
                .param(java.util.UUID.fromString(ids.get("jordan"))).query(String.class).list().get(0));
        ids.put("jordanRetractedThread", jdbc.sql("select distinct t.public_id from message_thread t join message m on "
                + "m.thread_id = t.id where t.patient_id = ? and m.retracted_at is not null")
                .param(java.util.UUID.fromString(ids.get("jordan"))).query(String.class).list().get(0));
        ids.put("aishaThread", jdbc.sql("select public_id from message_thread where patient_id = ? order by id")
                .param(java.util.UUID.fromString(ids.get("aisha"))).query(String.class).list().get(0));
        return ids;
    }

    /**
     * As {@link #of(JdbcClient)}, with {@code {mayaFreeSlot}}: the next time Maya and Jordan are both free for an
     * hour, as the booking page's slot buttons send it (percent-encoded for a query string), for the confirm step.
     */
    static Map<String, String> of(JdbcClient jdbc, org.kneadwell.therapist.Availability availability,
            org.kneadwell.shared.ClinicSettings clinic) {
        Map<String, String> ids = of(jdbc);
        java.util.UUID maya = java.util.UUID.fromString(ids.get("mayaProfile"));
        java.util.List<org.kneadwell.therapist.Interval> taken = jdbc.sql("select starts_at, ends_at from appointment "
                + "where status = 'BOOKED' and (therapist_id = ? or patient_id = ?)")
                .params(maya, java.util.UUID.fromString(ids.get("jordan")))
                .query((rs, n) -> new org.kneadwell.therapist.Interval(
                        rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant())).list();
        java.time.Instant start = availability.nextSlot(maya, 60, taken).orElseThrow().start();
        ids.put("mayaFreeSlot", java.net.URLEncoder.encode(start.atZone(clinic.zone()).toOffsetDateTime().toString(),
                java.nio.charset.StandardCharsets.UTF_8));
        return ids;
    }
}
