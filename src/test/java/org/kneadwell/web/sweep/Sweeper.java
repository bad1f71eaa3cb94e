package org.kneadwell.web.sweep;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.web.sweep.Caller.Answer;
import org.kneadwell.web.sweep.ForeignRecords.Found;
import org.kneadwell.web.sweep.RecordKind.Belongs;

/**
 * Calls one route as one caller and checks the answer against who the caller is to the records the route names:
 * not allowed by the rule (403), an owner (served), or someone else (404, or for an account's own record exactly
 * what a record that does not exist answers). Where the caller could really change the records, it asks about
 * records that do not exist instead, so the sweep never changes the clinic.
 */
public final class Sweeper {

    /** Which check a call was, so the sweep can tell that both the positive and the negative control happened. */
    public enum Outcome { NOT_ALLOWED, REFUSED_AS_OUTSIDER, SERVED_TO_OWNER, ASKED_ABOUT_NOTHING, OTHER }

    private final ForeignRecords foreign;
    private final ForeignRows hidden;
    private final LocalDate today;
    private final SoftAssertions softly;

    public Sweeper(ForeignRecords foreign, ForeignRows hidden, LocalDate today, SoftAssertions softly) {
        this.foreign = foreign;
        this.hidden = hidden;
        this.today = today;
        this.softly = softly;
    }

    /** The route asked about Jordan's side's real records. */
    public Request real(Route route) {
        return Request.of(route, kind -> foreign.of(kind).value(), RequiredQueries.of(route, today));
    }

    /** The route asked about records of the same kinds that do not exist. */
    public Request missing(Route route) {
        return Request.of(route, ForeignRecords::missing, RequiredQueries.of(route, today));
    }

    /** The route for a list: with the caller's own patient in the path and the query the route needs. */
    public String ownPath(Route route, Caller caller) {
        return PathVariables.fill(route, kind -> caller.ownPatient().toString()) + RequiredQueries.of(route, today);
    }

    public void anonymously(Route route, Caller anonymous) {
        Answer answer = anonymous.call(real(route));
        softly.assertThat(answer.status()).as("anonymous %s", route).isNotEqualTo(500);
        if (!route.isPublic()) {
            softly.assertThat(answer.status()).as("anonymous %s", route).isEqualTo(route.isApi() ? 401 : 302);
        }
    }

    public Outcome as(Caller caller, Route route) {
        String what = caller + " " + route;
        Request real = real(route);
        if (!route.allows(caller.audience())) {
            softly.assertThat(caller.call(real).status()).as(what + " (role not allowed)").isEqualTo(403);
            return Outcome.NOT_ALLOWED;
        }
        List<RecordKind> kinds = Request.kindsOf(route);
        if (kinds.contains(RecordKind.UNKNOWN_TOKEN)) {
            softly.assertThat(caller.call(real).status()).as(what + " (a token no one was given)").isEqualTo(404);
            return Outcome.ASKED_ABOUT_NOTHING;
        }
        List<Found> records = kinds.stream().map(foreign::of).toList();
        boolean owner = records.stream().allMatch(found -> found.reachableBy(caller.accountId()));
        if (owner && !route.reads()) {
            Answer answer = caller.call(missing(route));
            softly.assertThat(answer.status()).as(what + " (may write; no such record)").isNotIn(403, 500);
            if (route.rule().patientData() && !records.isEmpty()) {
                softly.assertThat(answer.status()).as(what + " (no such record)").isEqualTo(404);
            }
            return records.isEmpty() ? Outcome.OTHER : Outcome.ASKED_ABOUT_NOTHING;
        }
        Answer answer = caller.call(real);
        if (route.reads()) {
            expectNoForeignRows(caller, real.path(), answer, what);
        }
        if (owner) {
            softly.assertThat(answer.succeeded() || (!route.isApi() && answer.movedOnWithin()))
                    .as("%s (allowed; answered %s)", what, answer.status()).isTrue();
            return records.isEmpty() ? Outcome.OTHER : Outcome.SERVED_TO_OWNER;
        }
        boolean someonesPatient = records.stream().anyMatch(found -> found.kind().belongs() == Belongs.TO_A_PATIENT
                && !found.reachableBy(caller.accountId()));
        int asIfMissing = someonesPatient ? 404 : caller.call(missing(route)).status();
        softly.assertThat(answer.status()).as("%s (someone else's record: %s)", what, real).isEqualTo(asIfMissing);
        return Outcome.REFUSED_AS_OUTSIDER;
    }

    /** A list as its caller sees it: answered, nothing of other patients, and the probed record exactly for its owners. */
    public void ownList(Caller caller, Route route, String path, RecordKind shows) {
        Answer answer = caller.call(route, path);
        String what = caller + " GET " + path;
        softly.assertThat(answer.succeeded() || (!route.isApi() && answer.movedOnWithin()))
                .as("%s (own list; answered %s)", what, answer.status()).isTrue();
        expectNoForeignRows(caller, path, answer, what);
        if (shows != null) {
            Found record = foreign.of(shows);
            if (record.reachableBy(caller.accountId())) {
                softly.assertThat(answer.body()).as(what + " shows its owner the " + shows).contains(record.value());
            } else {
                softly.assertThat(answer.body()).as(what + " hides someone else's " + shows)
                        .doesNotContain(record.value());
            }
        }
    }

    /** The admin administers every record; everyone else sees only their own patients' rows. */
    private void expectNoForeignRows(Caller caller, String path, Answer answer, String what) {
        if (caller.audience() != Audience.ADMIN) {
            softly.assertThat(hidden.firstLeakIn(caller, path, answer.body()))
                    .as(what + " shows a patient the caller may not see").isNull();
        }
    }
}
