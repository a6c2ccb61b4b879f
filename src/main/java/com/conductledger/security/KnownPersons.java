package com.conductledger.security;

/** Whether a person id is one of the people of agents.csv in the database (a user may be linked only to such a one). */
public interface KnownPersons {

	boolean exists(String personId);

}
