/** The append-only, hash-chained audit log of every read and write of patient data, and its report. */
package org.kneadwell.audit;
