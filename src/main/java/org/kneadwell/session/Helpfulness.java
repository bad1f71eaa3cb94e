package org.kneadwell.session;

/** How helpful the patient felt the session was, in their own judgement two days later. */
public enum Helpfulness {
    NOT_AT_ALL, A_LITTLE, SOMEWHAT, VERY
}
