/**
 * The pages and API of the people the ledger judges: an agent's and a team lead's home, the
 * acknowledgement of evaluations, a user's own password.
 */
package com.conductledger.web.people;
