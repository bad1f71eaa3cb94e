package org.kneadwell.fhir;

import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.PublicAddress;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "Download my record (FHIR)" from the pages (signed in with the form, not a token): the same bundle as
 * {@code GET /fhir/Patient/{id}/$everything}, as a file, audited as a disclosure.
 */
@Controller
class FhirDownloadController {

    private final FhirRecords records;
    private final PublicAddress address;

    FhirDownloadController(FhirRecords records, PublicAddress address) {
        this.records = records;
        this.address = address;
    }

    @GetMapping("/patients/{id}/fhir-record")
    @ResponseBody
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<byte[]> download(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        FhirRecords.Exported export = records.everything(user, id, address.base() + "/fhir");
        return FhirController.exported(export).header("Content-Disposition", ContentDisposition.attachment()
                .filename("kneadwell-record-" + id + ".fhir.json").build().toString()).body(export.json());
    }
}
