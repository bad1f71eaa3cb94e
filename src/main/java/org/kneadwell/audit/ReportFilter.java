package org.kneadwell.audit;

/**
 * The report's filters exactly as typed (all optional): {@code from} and {@code to} are dates in the clinic's
 * zone, both inclusive; {@code user} is an account's e-mail or public id; {@code patient} a patient's public id or
 * part of their name; {@code page} the page number, from 1. Kept as text so that a mistyped value comes back beside
 * its field instead of failing the request.
 */
record ReportFilter(String from, String to, String user, String patient, String page) {
}
