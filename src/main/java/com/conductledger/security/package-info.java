/** Who may use the web interface: users and their roles in the database, form login, and what each role may open. */
package com.conductledger.security;
