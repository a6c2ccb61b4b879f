package com.conductledger.versions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.PenaltyScheduleLoader;
import com.conductledger.schedule.ScheduleException;
import com.conductledger.schedule.ScheduleProposal;
import com.conductledger.schedule.ScheduleVersion;
import com.conductledger.scoring.rules.RuleId;

/**
 * The schedule versions (schedules.md): version 1 is the configured file, in force from the earliest
 * period; the later ones are kept in {@code schedule_version}, added and never edited. A period is
 * scored with the version in force on its first day: the one with the latest effective-from not
 * after it. A version may not take effect in or before a FINAL period (history is not rewritten),
 * nor move the period boundaries (its zone and cut-off day are version 1's), nor change the QA form
 * or the set of conduct codes that the ingest checks workbooks against (their points may change).
 */
@Component
public class ScheduleVersions {

	private static final int MAX_TITLE = 200;

	private final JdbcTemplate jdbc;

	private final PeriodRegistry periods;

	private final PenaltySchedule configured;

	private final String configuredSha256;

	private final String configuredTitle;

	private final PenaltyScheduleLoader loader;

	private final Clock clock;

	private final Map<Integer, PenaltySchedule> parsed = new ConcurrentHashMap<>();

	ScheduleVersions(JdbcTemplate jdbc, PeriodRegistry periods, PenaltySchedule configured,
			@Value("${ledger.schedule}") Resource location, Optional<Clock> clock) throws IOException {
		this.jdbc = jdbc;
		this.periods = periods;
		this.configured = configured;
		this.loader = new PenaltyScheduleLoader(Arrays.stream(RuleId.values()).map(RuleId::id).collect(Collectors.toSet()));
		this.clock = clock.orElse(Clock.systemDefaultZone());
		try (InputStream in = location.getInputStream()) {
			ScheduleProposal file = ScheduleProposal.read(in.readAllBytes(), location.getFilename(), loader);
			this.configuredSha256 = file.sha256();
			this.configuredTitle = file.title().orElse(location.getFilename() + " as configured");
		}
	}

	/** Every version, version 1 first. */
	public List<ScheduleVersion> all() {
		List<ScheduleVersion> versions = new ArrayList<>();
		versions.add(first());
		versions.addAll(jdbc.query("select version_no, title, effective_from, sha256, added_by, added_at "
				+ "from schedule_version order by version_no", (rs, i) -> {
					int number = rs.getInt(1);
					return new ScheduleVersion(number, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getObject(6, LocalDateTime.class), scheduleOf(number));
				}));
		return versions;
	}

	/** The version in force on the period's first day. */
	public ScheduleVersion inForce(Period period) {
		return inForce(period.name());
	}

	public ScheduleVersion inForce(String period) {
		return all().stream()
			.filter(version -> version.number() == 1 || version.effectiveFrom().compareTo(period) <= 0)
			.max(Comparator.comparing((ScheduleVersion version) -> version.number() == 1 ? "" : version.effectiveFrom())
				.thenComparing(ScheduleVersion::number))
			.orElseThrow();
	}

	/** Validates a proposed schedule as at start-up, and that it keeps version 1's zone and cut-off day. */
	public ScheduleProposal validate(byte[] yaml, String origin) {
		ScheduleProposal proposal = ScheduleProposal.read(yaml, origin, loader);
		if (!proposal.schedule().zone().equals(configured.zone())) {
			throw new ScheduleException(origin + ": zone must stay " + configured.zone().getId()
					+ " (version 1's): period boundaries cannot move under history, got " + proposal.schedule().zone().getId());
		}
		if (!proposal.schedule().cutoffDay().equals(configured.cutoffDay())) {
			throw new ScheduleException(origin + ": cutoff-day must stay " + configured.cutoffDay()
					+ " (version 1's): period boundaries cannot move under history, got " + proposal.schedule().cutoffDay());
		}
		if (!items(proposal.schedule()).equals(items(configured))) {
			throw new ScheduleException(origin + ": qa-form must stay version 1's (" + items(configured) + "): the QA "
					+ "workbooks are taken and the blank template made by it; got " + items(proposal.schedule()));
		}
		if (!proposal.schedule().conductCodes().keySet().equals(configured.conductCodes().keySet())) {
			throw new ScheduleException(origin + ": conduct-codes must list version 1's codes ("
					+ String.join(", ", new TreeSet<>(configured.conductCodes().keySet()))
					+ "); their points and fatal flags may change");
		}
		return proposal;
	}

	private static String items(PenaltySchedule schedule) {
		return schedule.qaForm().stream().map(item -> item.name() + " " + item.maximum().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(", "));
	}

	/**
	 * Adds a version from a schedule file; the title and effective-from given here win over the
	 * file's own {@code title} and {@code effective-from} keys. Refused with {@link ScheduleException}.
	 */
	@Transactional
	public ScheduleVersion add(byte[] yaml, String origin, Optional<String> title, Optional<String> effectiveFrom,
			String addedBy) {
		ScheduleProposal proposal = validate(yaml, origin);
		String from = effectiveFrom.or(proposal::effectiveFrom)
			.orElseThrow(() -> new ScheduleException(origin + ": effective-from is missing: the period (YYYY-MM) "
					+ "from which the version is in force"));
		from = period(from, origin);
		String name = title.map(String::trim).filter(text -> !text.isEmpty()).or(proposal::title)
			.orElseThrow(() -> new ScheduleException(origin + ": title is missing: say what the version changes"));
		if (name.length() > MAX_TITLE) {
			throw new ScheduleException(origin + ": title is longer than " + MAX_TITLE + " characters");
		}
		Optional<String> lastFinal = lastFinalPeriod();
		if (lastFinal.isPresent() && from.compareTo(lastFinal.get()) <= 0) {
			throw new ScheduleException("effective-from " + from + " is refused: period " + lastFinal.get()
					+ " is FINAL, and a version may only take effect after the last FINAL period (history is not rewritten)");
		}
		Integer last = jdbc.queryForObject("select coalesce(max(version_no), 1) from schedule_version", Integer.class);
		int number = last + 1;
		LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		jdbc.update("insert into schedule_version (version_no, title, effective_from, sha256, content, added_by, added_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", number, name, from, proposal.sha256(), proposal.content(), addedBy, now);
		parsed.put(number, proposal.schedule());
		return new ScheduleVersion(number, name, from, proposal.sha256(), addedBy, now, proposal.schedule());
	}

	private ScheduleVersion first() {
		String earliest = periods.all().stream().map(PeriodStatus::period).min(Comparator.naturalOrder()).orElse("");
		return new ScheduleVersion(1, configuredTitle, earliest, configuredSha256, null, null, configured);
	}

	private Optional<String> lastFinalPeriod() {
		return periods.all().stream().filter(PeriodStatus::isFinal).map(PeriodStatus::period).max(Comparator.naturalOrder());
	}

	private PenaltySchedule scheduleOf(int number) {
		return parsed.computeIfAbsent(number, key -> {
			String content = jdbc.queryForObject("select content from schedule_version where version_no = ?", String.class,
					key);
			return ScheduleProposal.read(content.getBytes(StandardCharsets.UTF_8), "schedule version " + key, loader)
				.schedule();
		});
	}

	private static String period(String value, String origin) {
		try {
			return YearMonth.parse(value.trim()).toString();
		}
		catch (DateTimeParseException ex) {
			throw new ScheduleException(origin + ": effective-from must be a period YYYY-MM, got '" + value + "'");
		}
	}

}
