/** The append-only, hash-chained audit log of every read and write of patient data, and its report. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.kneadwell.audit;
