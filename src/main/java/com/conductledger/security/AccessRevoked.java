package com.conductledger.security;

/** A user's access was taken away (disabled, or the password reset): whatever session they hold must end. */
record AccessRevoked(String username) {
}
