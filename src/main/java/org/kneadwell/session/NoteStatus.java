package org.kneadwell.session;

/**
 * A note's lifecycle: a draft changes freely; a signed note is locked (corrections are addenda); a voided note
 * stays visible as voided with its reason. {@code NONE} is a session without a note yet.
 */
public enum NoteStatus {
    NONE, DRAFT, SIGNED, VOIDED
}
