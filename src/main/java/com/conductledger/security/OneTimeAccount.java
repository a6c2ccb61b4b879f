package com.conductledger.security;

/** An account just created with a one-time password, which is shown this once and never stored in clear. */
public record OneTimeAccount(UserView user, String oneTimePassword) {
}
