package com.conductledger.sampledata;

/**
 * Which planned scenario owns a person's day, so that two scenarios never touch the same shift
 * (a swap keeps the days around it too, so its rest check stays true).
 */
final class Claims {

	private final String[][] owners;

	Claims(int slots, int days) {
		this.owners = new String[slots][days + 2];
	}

	boolean free(int slot, int fromDay, int toDay, String owner) {
		for (int day = Math.max(-1, fromDay); day <= Math.min(toDay, owners[slot].length - 2); day++) {
			String current = owners[slot][day + 1];
			if (current != null && !current.equals(owner)) {
				return false;
			}
		}
		return true;
	}

	void claim(int slot, int fromDay, int toDay, String owner) {
		for (int day = Math.max(-1, fromDay); day <= Math.min(toDay, owners[slot].length - 2); day++) {
			owners[slot][day + 1] = owner;
		}
	}

	/** Gives back this owner's days in the range (after a trial placement). */
	void release(int slot, int fromDay, int toDay, String owner) {
		for (int day = Math.max(-1, fromDay); day <= Math.min(toDay, owners[slot].length - 2); day++) {
			if (owner.equals(owners[slot][day + 1])) {
				owners[slot][day + 1] = null;
			}
		}
	}

}
