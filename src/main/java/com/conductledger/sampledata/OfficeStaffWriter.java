package com.conductledger.sampledata;

import java.util.SplittableRandom;

import com.conductledger.sampledata.TeamPlan.Outcome;

/** Supervisors (one per 10 teams) and operations managers (one per 50): people, roster, attendance. */
final class OfficeStaffWriter {

	private static final int STREAM = -1;

	private final Centre centre;

	private final MonthFiles files;

	OfficeStaffWriter(Centre centre, MonthFiles files) {
		this.centre = centre;
		this.files = files;
	}

	void write() {
		ChineseNames names = new ChineseNames(centre.peopleRandom(STREAM, 0));
		SplittableRandom random = centre.random(STREAM, 2);
		AttendanceWriter attendance = new AttendanceWriter(centre, files.attendance);
		for (int manager = 0; manager < centre.managers(); manager++) {
			Person person = new Person(centre.managerId(manager), names.next(), "", "VOICE", 5, "OPS_MANAGER", "");
			write(person, attendance, random);
		}
		for (int supervisor = 0; supervisor < centre.supervisors(); supervisor++) {
			Person person = new Person(centre.supervisorId(supervisor), names.next(), "", "VOICE", 5, "SUPERVISOR",
					centre.managerOfSupervisor(supervisor));
			write(person, attendance, random);
		}
	}

	private void write(Person person, AttendanceWriter attendance, SplittableRandom random) {
		files.agents.row(person.csv());
		for (int day = 0; day < centre.days; day++) {
			Shift shift = Rotation.officeShiftOf(centre, day);
			if (shift != null) {
				files.roster.row(person.id(), centre.date(day).toString(), shift.name(), shift.start.toString(),
						shift.end.toString());
				attendance.write(person.id(), day, shift, Outcome.NORMAL, random);
			}
		}
	}

}
