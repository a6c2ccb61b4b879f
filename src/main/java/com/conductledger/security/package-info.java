/**
 * Who may use the web interface: users and their roles in the database, the password policy, form
 * login with its throttling, sessions that end with their user, and what each role may open.
 */
package com.conductledger.security;
