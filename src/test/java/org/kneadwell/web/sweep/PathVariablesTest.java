package org.kneadwell.web.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;

/** How the sweep reads what a route's path variables name, without starting the application. */
class PathVariablesTest {

    private static Route route(RequestMethod method, String pattern) {
        return new Route(method, pattern, null);
    }

    @Test
    void aNewRouteUnderAPatientNeedsNoChangeToTheSweep() {
        assertThat(PathVariables.of(route(RequestMethod.POST, "/api/v1/patients/{id}/screenings")))
                .isEqualTo(Map.of("{id}", RecordKind.PATIENT));
        assertThat(PathVariables.of(route(RequestMethod.GET, "/patients/{id}/plans/{planId}/edit")))
                .containsExactly(Map.entry("{id}", RecordKind.PATIENT), Map.entry("{planId}", RecordKind.PLAN));
    }

    @Test
    void aVariableInASlotTheSweepDoesNotKnowFailsNamingTheRouteAndTheSlot() {
        assertThatThrownBy(() -> PathVariables.of(route(RequestMethod.POST, "/api/v1/patients/{id}/invoices/{invoiceId}/pay")))
                .isInstanceOf(PathVariables.UnresolvablePathVariable.class)
                .hasMessageContaining("POST /api/v1/patients/{id}/invoices/{invoiceId}/pay")
                .hasMessageContaining("'invoices/{invoiceId}'");
    }

    @Test
    void aVariableThatFollowsNoLiteralSegmentCannotBeRead() {
        assertThatThrownBy(() -> PathVariables.of(route(RequestMethod.GET, "/{kind}/{id}")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fillingAPathReplacesEachVariableWithAValueOfItsKind() {
        assertThat(PathVariables.fill(route(RequestMethod.GET, "/calendar/{token}.ics"), kind -> kind.name()))
                .isEqualTo("/calendar/UNKNOWN_TOKEN.ics");
    }
}
