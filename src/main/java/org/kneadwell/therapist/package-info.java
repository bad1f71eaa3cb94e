/** The therapist directory: profiles, credentials and their verification, clinic locations, and availability. */
package org.kneadwell.therapist;
