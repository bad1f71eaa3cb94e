package org.kneadwell.identity;

/** INVITED until the invitation is accepted; DEACTIVATED ends every session and token at once. */
public enum AccountStatus { INVITED, ACTIVE, DEACTIVATED }
