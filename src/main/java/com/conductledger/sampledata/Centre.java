package com.conductledger.sampledata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The generated centre's shape: the period's dates and holidays, and every id scheme (widths
 * grow with the spec, so 3 teams give {@code A0001} and 834 teams give {@code A00001}).
 */
final class Centre {

	static final String CENTRE_HOLIDAY_NAME = "中心周年庆, 全员值守";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	final SampleMonthSpec spec;

	/**
	 * The month's tag when it is one of several months before the last ({@code 2026-09}): its files
	 * are dated, its ids carry it and its events have their own streams; null for the (last) month,
	 * whose files are exactly those of a single month.
	 */
	final String tag;

	final LocalDate first;

	final LocalDate last;

	final int days;

	private final SortedMap<LocalDate, String> holidays;

	private final int agentWidth;

	private final int teamWidth;

	private final int supervisorWidth;

	private final int managerWidth;

	private final int inspectorWidth;

	Centre(SampleMonthSpec spec) {
		this(spec, null);
	}

	Centre(SampleMonthSpec spec, String tag) {
		this.spec = spec;
		this.tag = tag;
		this.first = spec.period().minusMonths(1).atDay(spec.cutoffDay()).plusDays(1);
		this.last = spec.period().atDay(spec.cutoffDay());
		this.days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
		this.holidays = holidays(first, last);
		this.agentWidth = width(spec.teams() * spec.agentsPerTeam(), 4);
		this.teamWidth = width(spec.teams(), 2);
		this.supervisorWidth = width(supervisors(), 2);
		this.managerWidth = width(managers(), 2);
		this.inspectorWidth = width(qaInspectors(), 2);
	}

	private static SortedMap<LocalDate, String> holidays(LocalDate first, LocalDate last) {
		SortedMap<LocalDate, String> map = new TreeMap<>();
		for (int day = 1; day <= 7; day++) {
			map.put(LocalDate.of(first.getYear(), 10, day), "国庆节");
		}
		LocalDate anniversary = last.withDayOfMonth(Math.min(11, last.getDayOfMonth()));
		map.put(anniversary, CENTRE_HOLIDAY_NAME);
		return Collections.unmodifiableSortedMap(map);
	}

	SortedMap<LocalDate, String> holidays() {
		return holidays;
	}

	LocalDate date(int day) {
		return first.plusDays(day);
	}

	boolean isHoliday(int day) {
		return holidays.containsKey(date(day));
	}

	boolean isWeekday(int day) {
		DayOfWeek weekday = date(day).getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	int teams() {
		return spec.teams();
	}

	int agentsPerTeam() {
		return spec.agentsPerTeam();
	}

	int supervisors() {
		return (spec.teams() + 9) / 10;
	}

	int managers() {
		return (spec.teams() + 49) / 50;
	}

	/** QA inspectors (质检员): two at least, one for about every five teams; not rostered, not in agents.csv. */
	int qaInspectors() {
		return Math.max(2, (spec.teams() + 4) / 5);
	}

	/** The inspector who fills in workbook {@code book} (0 or 1) for the team: never the same for both. */
	String qaInspectorOf(int team, int book) {
		return "Q" + pad((team + book) % qaInspectors() + 1, inspectorWidth);
	}

	String teamName(int team) {
		return "T" + pad(team + 1, teamWidth);
	}

	String leadId(int team) {
		return "L" + pad(team + 1, teamWidth);
	}

	/** Agent {@code number} (1-based) of the team. */
	String agentId(int team, int number) {
		return "A" + pad(team * spec.agentsPerTeam() + number, agentWidth);
	}

	String supervisorId(int supervisor) {
		return "S" + pad(supervisor + 1, supervisorWidth);
	}

	String managerId(int manager) {
		return "M" + pad(manager + 1, managerWidth);
	}

	String supervisorOf(int team) {
		return supervisorId(team / 10);
	}

	String managerOf(int team) {
		return managerId(team / 50);
	}

	String managerOfSupervisor(int supervisor) {
		return managerId(supervisor / 5);
	}

	/**
	 * An independent random stream per team and purpose for the month's events, fixed by the spec's
	 * seed (and the month's tag: each earlier month of a centre has its own shifts, sign-ins, leave
	 * and evaluations).
	 */
	SplittableRandom random(int team, int purpose) {
		return new SplittableRandom(tag == null ? mix(team, purpose) : mix(team, purpose) ^ (0x165667B19E3779F9L * tag.hashCode()));
	}

	/** A stream for who the people are (names, job types, skills): the same in every month of a centre. */
	SplittableRandom peopleRandom(int team, int purpose) {
		return new SplittableRandom(mix(team, purpose));
	}

	private long mix(int team, int purpose) {
		return spec.seed() ^ (0x9E3779B97F4A7C15L * (team + 1)) ^ (0xC2B2AE3D27D4EB4FL * (purpose + 1));
	}

	/** A file's name: its plain one, or dated with the month's tag ({@code roster-2026-09.csv}). */
	String fileName(String kind) {
		return tag == null ? kind + ".csv" : kind + "-" + tag + ".csv";
	}

	/** The prefix an id takes in this month: none for the last month, the tag's yyMM for earlier ones. */
	String idPrefix() {
		return tag == null ? "" : tag.substring(2).replace("-", "") + "-";
	}

	static String timestamp(LocalDateTime time) {
		return time == null ? "" : TIMESTAMP.format(time);
	}

	static String pad(long number, int width) {
		String digits = Long.toString(number);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}

	static int width(long count, int minimum) {
		return Math.max(minimum, Long.toString(count).length());
	}

}
