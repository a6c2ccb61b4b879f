package com.conductledger.scorecard;

/** rules.md 7: where a person stands at the agent meeting. */
public enum Tier {
	REWARD, WARNING, STANDARD, NOT_EVALUATED
}
