package com.conductledger.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import com.conductledger.period.CutoffDay;

/**
 * Reads {@code penalty-schedule.yml} and checks it, failing with a {@link ScheduleException}
 * that names the offending key.
 */
public final class PenaltyScheduleLoader {

	private static final Pattern CONDUCT_CODE = Pattern.compile("C\\d{2}");

	private final Set<String> ruleIds;

	/** A loader that takes the rules as listed, whatever their ids. */
	public PenaltyScheduleLoader() {
		this(Set.of());
	}

	/** A loader that requires exactly these rule ids: an unknown one, or a missing one, is an error naming it. */
	public PenaltyScheduleLoader(Set<String> ruleIds) {
		this.ruleIds = Set.copyOf(ruleIds);
	}

	public PenaltySchedule load(InputStream yaml, String origin) {
		Map<String, Object> root = parse(yaml, origin);
		ScheduleMap top = new ScheduleMap(origin, "", root);
		return new PenaltySchedule(zone(top), CutoffDay.parse(top.text("cutoff-day")), top.text("currency"),
				top.nonNegative("amount-per-point"), thresholds(top.map("thresholds")), rules(top.map("rules")),
				qaForm(top.map("qa-form")), conductCodes(top.map("conduct-codes")), tiers(top.map("scorecard")), disputes(top));
	}

	private static Map<String, Object> parse(InputStream yaml, String origin) {
		try (Reader reader = new InputStreamReader(yaml, StandardCharsets.UTF_8)) {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			if (!(loaded instanceof Map<?, ?> map)) {
				throw new ScheduleException(origin + ": not a YAML mapping");
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> root = (Map<String, Object>) map;
			return root;
		}
		catch (IOException | YAMLException ex) {
			throw new ScheduleException(origin + ": cannot be read: " + ex.getMessage().lines().findFirst().orElse(""));
		}
	}

	private static ZoneId zone(ScheduleMap top) {
		try {
			return ZoneId.of(top.text("zone"));
		}
		catch (DateTimeException ex) {
			throw top.problem("zone", "is not a time zone: " + top.text("zone"));
		}
	}

	private static Thresholds thresholds(ScheduleMap section) {
		return new Thresholds(section.minutes("handover-minutes"), section.hours("ordinary-leave-notice-hours"),
				section.hours("urgent-leave-notice-hours"), section.hours("holiday-leave-notice-hours"),
				section.time("night-leave-deadline"), section.hours("swap-notice-hours"), section.count("swap-limit"),
				section.hours("swap-min-rest-hours"), section.count("swap-max-skill-gap"),
				section.minutes("break-max-minutes"), section.count("break-away-percent"),
				section.count("sick-certificate-grace-days"));
	}

	private Map<String, RuleDefinition> rules(ScheduleMap section) {
		Map<String, RuleDefinition> rules = new LinkedHashMap<>();
		for (String ruleId : section.keys()) {
			if (!ruleIds.isEmpty() && !ruleIds.contains(ruleId)) {
				throw section.problem(ruleId, "is not a rule of the engine; known rules: " + String.join(", ", new TreeSet<>(ruleIds)));
			}
			ScheduleMap rule = section.map(ruleId);
			rules.put(ruleId, new RuleDefinition(ruleId, rule.text("article"), rule.nonNegative("points").intValueExact()));
		}
		for (String required : new TreeSet<>(ruleIds)) {
			if (!rules.containsKey(required)) {
				throw section.problem(required, "is missing");
			}
		}
		return rules;
	}

	private static DisputeLimits disputes(ScheduleMap top) {
		int window = top.count("dispute-window-days", DisputeLimits.DEFAULT_WINDOW_DAYS);
		if (window == 0) {
			throw top.problem("dispute-window-days", "must be at least 1");
		}
		return new DisputeLimits(window, top.count("disputes-per-period", DisputeLimits.DEFAULT_PER_PERIOD));
	}

	private static ScorecardTiers tiers(ScheduleMap section) {
		int topPercent = section.count("reward-top-percent");
		if (topPercent > 100) {
			throw section.problem("reward-top-percent", "must be at most 100, got " + topPercent);
		}
		return new ScorecardTiers(topPercent, section.nonNegative("reward-min-final"), section.nonNegative("reward-amount"),
				section.nonNegative("warning-below"));
	}

	private static List<QaItem> qaForm(ScheduleMap section) {
		List<QaItem> items = new ArrayList<>();
		for (String item : section.keys()) {
			BigDecimal maximum = section.nonNegative(item);
			if (maximum.signum() == 0) {
				throw section.problem(item, "must be above 0");
			}
			items.add(new QaItem(item.toLowerCase(), maximum));
		}
		if (items.isEmpty()) {
			throw section.problem("", "must list at least one item");
		}
		return items;
	}

	private static Map<String, ConductCode> conductCodes(ScheduleMap section) {
		Map<String, ConductCode> codes = new LinkedHashMap<>();
		for (String code : section.keys()) {
			if (!CONDUCT_CODE.matcher(code).matches()) {
				throw section.problem(code, "is not a conduct code (C01, C02, ...)");
			}
			ScheduleMap entry = section.map(code);
			codes.put(code, new ConductCode(code, entry.nonNegative("points").intValueExact(), entry.flag("fatal"),
					entry.text("en"), entry.text("zh")));
		}
		return codes;
	}

}
