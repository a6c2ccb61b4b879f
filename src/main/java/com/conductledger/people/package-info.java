/**
 * People in the loop: which persons of agents.csv a signed-in user may see (an agent themself, a
 * team lead their team, the centre's roles everyone), their accounts made in bulk from agents.csv,
 * and the acknowledgement of evaluations.
 */
package com.conductledger.people;
