package org.kneadwell.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.support.SentMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A user journey in a real browser against the whole application: one Chromium per class. */
@KneadwellTest
abstract class BrowserJourney {

    static BrowserSupport browser;

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    SentMail mail;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSupport.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }
}
