package com.conductledger.sampledata;

/**
 * A swap between two slots of a team: on swapDay the counterpart works the requester's shift,
 * on repayDay the requester works the counterpart's.
 */
record SwapCandidate(int requester, int counterpart, int swapDay, Shift swapShift, int repayDay, Shift repayShift) {
}
