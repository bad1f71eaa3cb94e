package org.kneadwell.clearance;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.Totp;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;

/** Submits a short intake through the pages, as the demo therapist, with one recorded condition. */
final class IntakeForClearance {

    private IntakeForClearance() {
    }

    static void submitWithCondition(int port, Totp totp, UUID patient, String condition) {
        Browserless maya = new Browserless(port);
        if (!maya.signIn(Demo.THERAPIST, totp)) {
            throw new IllegalStateException("The demo therapist could not sign in");
        }
        String base = "/patients/" + patient + "/intake/";
        post(maya, base + "pain", Map.of("durationAmount", "20", "durationUnit", "weeks", "currentIntensity", "5"));
        Map<String, String> flags = new HashMap<>();
        for (RedFlag flag : RedFlag.values()) {
            flags.put(flag.name(), "no");
        }
        post(maya, base + "red-flags", flags);
        post(maya, base + "conditions", Map.of("condition." + condition, "true"));
        Map<String, String> startBack = new HashMap<>(Map.of("item9", "SLIGHTLY"));
        for (int i = 1; i <= 8; i++) {
            startBack.put("item" + i, "disagree");
        }
        post(maya, base + "start-back", startBack);
        post(maya, base + "consent", Map.of("shareWithCareTeam", "yes", "contactOwnDoctor", "yes", "go", "submit"));
    }

    private static void post(Browserless page, String path, Map<String, String> form) {
        page.get(path);
        page.post(path, form);
    }
}
