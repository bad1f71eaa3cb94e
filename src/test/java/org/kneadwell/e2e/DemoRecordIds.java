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
        ids.put("rosaClearance", jdbc.sql("select public_id from clearance_request where patient_id = ? order by id")
                .param(java.util.UUID.fromString(ids.get("rosa"))).query(String.class).list().get(0));
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
        return ids;
    }
}
