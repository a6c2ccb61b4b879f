package com.conductledger.scoring.rules;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every kind of reason the rules write into a ledger entry, with the article it applies and the
 * template of its text: the rules fill the template with the facts that decided it, and the
 * explanations read those facts back from the stored text. The reasons of {@code ATT-ABSENT}
 * start with their code ({@code LEAVE_NOT_IN_ADVANCE: ...}); ledgers written before the facts were
 * recorded hold the bare code, which still names the reason. No template holds {@code "; "}, which
 * separates an entry's reasons where they are stored.
 */
public enum ReasonCode {

	SIGNED_IN_LATE("ATT-LATE", "38", "signed in {in}, after the start {start}"),
	NOT_READY_FOR_HANDOVER("ATT-HANDOVER-LATE", "38", "signed in {in}, less than {minutes} min before the start {start}"),
	SIGNED_OUT_EARLY("ATT-EARLY-LEAVE", "42", "signed out {out}, before the end {end}"),
	NO_SHOW("ATT-ABSENT", "26", "NO_SHOW: no sign-in and no valid leave for the {duty} from {start} to {end}") {
		@Override
		public String article(Map<String, String> facts) {
			return facts.containsKey("duty") && !"shift".equals(facts.get("duty")) ? "34" : "26";
		}
	},
	PRIVATE_SWAP("ATT-ABSENT", "36", "PRIVATE_SWAP: {cover} signed in for it without an approved swap"),
	LEAVE_ON_SWAP_SHIFT("ATT-ABSENT", "37", "LEAVE_ON_SWAP_SHIFT: leave {leave} on the {duty} of swap {swap}"),
	LEAVE_NOT_APPROVED("ATT-ABSENT", "26, 27", "LEAVE_NOT_APPROVED: leave {leave} is {status}"),
	LEAVE_BY_PROXY("ATT-ABSENT", "28", "LEAVE_BY_PROXY: leave {leave} submitted by {submittedBy}, not by the agent"),
	LEAVE_AUTHORITY("ATT-ABSENT", "27",
			"LEAVE_AUTHORITY: leave {leave} of {days} shift(s) approved by {approver}, needs {needed}"),
	LEAVE_NOT_IN_ADVANCE("ATT-ABSENT", "26",
			"LEAVE_NOT_IN_ADVANCE: leave {leave} requested {requested} for the shift starting {start}, {kind} leave needs {hours} h"),
	NIGHT_LEAVE_RULE("ATT-ABSENT", "30",
			"NIGHT_LEAVE_RULE: leave {leave} requested {requested}, approved by {approver}, while a night shift needs the request before {deadline} and a supervisor"),
	HOLIDAY_LEAVE_RULE("ATT-ABSENT", "31",
			"HOLIDAY_LEAVE_RULE: leave {leave} requested {requested} for the holiday shift starting {start}, approved by {approver}, while a holiday needs {hours} h and the operations manager"),
	SICK_NOT_NOTIFIED("ATT-ABSENT", "29", "SICK_NOT_NOTIFIED: sick leave {leave} reported {requested}, after its first shift started {start}"),
	SICK_NO_CERTIFICATE("ATT-ABSENT", "29", "SICK_NO_CERTIFICATE: sick leave {leave} without a medical certificate"),
	SICK_CERTIFICATE_LATE("LV-SICK-CERT-LATE", "29", "certificate of leave {leave} handed in {handedIn}, due by {due}"),
	SWAP_OVER_LIMIT("SW-EXCESS", "36", "swap number {ordinal} of the period, limit {limit}"),
	SWAP_REQUESTED_LATE("SW-LATE-REQUEST", "32", "requested {requested}, less than {hours} h before the shift at {start}"),
	SWAP_ON_HOLIDAY("SW-HOLIDAY", "32", "swap or repayment on a public holiday: {dates}"),
	SWAP_JOB_TYPES("SW-JOB-MISMATCH", "33", "job types differ: {requester} and {counterpart}"),
	SWAP_SKILL_GAP("SW-JOB-MISMATCH", "33", "skill levels differ by more than {gap}: {requester} and {counterpart}"),
	SWAP_CONSECUTIVE("SW-CONSECUTIVE", "36", "another approved swap on {previous}"),
	SWAP_BACK_TO_BACK("SW-BACK-TO-BACK", "36",
			"only {rest} rest between {date} {shift} and {otherDate} {otherShift}, at least {minimum}"),
	SWAP_IMPROPER_APPROVAL("SW-IMPROPER-APPROVAL", "35", "approved swap {swap} despite {rules}"),
	PRIVATE_COVER("SW-PRIVATE-COVER", "36", "worked the shift rostered to {absent} without an approved swap"),
	BREAK_OVERTIME("BR-OVERTIME", "47(1)1", "away {length}, more than {maximum}"),
	BREAK_UNAPPROVED("BR-UNAPPROVED", "47(1)1", "left at {out} without the team lead's approval"),
	BREAK_CONCURRENT("BR-CONCURRENT", "47(1)1", "{away} of the post away at once, at most {limit} allowed"),
	EVALUATION_FATAL("QA-", "46(3)", "evaluation {evaluation}, fatal: evaluation scored 0"),
	EVALUATION("QA-", "46(3)", "evaluation {evaluation}"),
	FLOOR_OBSERVATION_FATAL("QA-", "46(3)", "floor observation {evaluation}, fatal code"),
	FLOOR_OBSERVATION("QA-", "46(3)", "floor observation {evaluation}"),
	CONDUCT_BEHAVIOUR("QA-", "46(3)", "{english} / {chinese}"),
	ADJUSTMENT_ADDED(null, null, "adjustment of {period}: added by late data"),
	ADJUSTMENT_WITHDRAWN(null, null, "adjustment of {period}: withdrawn by late data"),
	DISPUTE("DISPUTE-CORRECTION", null, "dispute {dispute}: {note}");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	/** The rule (or, ending in {@code -}, the prefix of the rules) whose entries carry it; null: any rule. */
	private final String rule;

	private final String article;

	private final String template;

	private final Pattern pattern;

	private final List<String> names;

	ReasonCode(String rule, String article, String template) {
		this.rule = rule;
		this.article = article;
		this.template = template;
		this.names = Placeholders.PATTERN.matcher(template).results().map(match -> match.group(1)).toList();
		this.pattern = Pattern.compile(toRegex(template));
	}

	private static String toRegex(String template) {
		StringBuilder regex = new StringBuilder();
		Matcher matcher = Placeholders.PATTERN.matcher(template);
		int from = 0;
		while (matcher.find()) {
			regex.append(Pattern.quote(template.substring(from, matcher.start()))).append("(.+?)");
			from = matcher.end();
		}
		return regex.append(Pattern.quote(template.substring(from))).toString();
	}

	/** The reason's text with these facts, in the order of the template's placeholders. */
	public String format(Object... facts) {
		if (facts.length != names.size()) {
			throw new IllegalArgumentException(name() + " takes " + names + ", got " + facts.length + " facts");
		}
		StringBuilder text = new StringBuilder();
		Matcher matcher = Placeholders.PATTERN.matcher(template);
		int i = 0;
		while (matcher.find()) {
			matcher.appendReplacement(text, Matcher.quoteReplacement(String.valueOf(facts[i++])));
		}
		matcher.appendTail(text);
		return text.toString();
	}

	/** A moment as the reasons write it: {@code 11-12 07:30}. */
	public static String time(LocalDateTime moment) {
		return TIME.format(moment);
	}

	/** The article this reason applies, which for some reasons depends on their facts. */
	public String article(Map<String, String> facts) {
		return article;
	}

	/** The rule whose entries carry it; a prefix ending in {@code -} for a family of rules; null for any rule. */
	public String rule() {
		return rule;
	}

	/** Whether entries of this rule carry this reason. */
	public boolean of(String ruleId) {
		return rule == null || (rule.endsWith("-") ? ruleId.startsWith(rule) : rule.equals(ruleId));
	}

	/** A reason read back: its code and the facts it holds (none for a bare code of an old ledger). */
	public record Read(ReasonCode code, Map<String, String> facts) {
	}

	/** The reason of an entry of this rule: by its template, else by a bare code; empty when neither. */
	public static Optional<Read> read(String ruleId, String text) {
		for (ReasonCode code : values()) {
			if (code.of(ruleId)) {
				Matcher matcher = code.pattern.matcher(text);
				if (matcher.matches()) {
					Map<String, String> facts = new LinkedHashMap<>();
					for (int i = 0; i < code.names.size(); i++) {
						facts.put(code.names.get(i), matcher.group(i + 1));
					}
					return Optional.of(new Read(code, facts));
				}
			}
		}
		return Arrays.stream(values())
			.filter(code -> code.of(ruleId) && code.name().equals(text) && code.template.startsWith(text + ":"))
			.findFirst()
			.map(code -> new Read(code, Map.of()));
	}

	/**
	 * The articles that an entry's reasons apply, in order and each once ({@code 26, 28}); the
	 * rule's own article when no reason names one.
	 */
	public static String articles(String ruleId, List<String> reasons, String ruleArticle) {
		TreeSet<String> articles = new TreeSet<>(ReasonCode::byNumber);
		for (String reason : reasons) {
			read(ruleId, reason).map(read -> read.code().article(read.facts())).ifPresent(article -> {
				for (String one : article.split(",\\s*")) {
					articles.add(one);
				}
			});
		}
		return articles.isEmpty() ? ruleArticle : String.join(", ", articles);
	}

	private static int byNumber(String a, String b) {
		int byLeadingNumber = Integer.compare(leadingNumber(a), leadingNumber(b));
		return byLeadingNumber != 0 ? byLeadingNumber : a.compareTo(b);
	}

	private static int leadingNumber(String article) {
		int end = 0;
		while (end < article.length() && Character.isDigit(article.charAt(end))) {
			end++;
		}
		return end == 0 ? Integer.MAX_VALUE : Integer.parseInt(article.substring(0, end));
	}

	/** Apart, because an enum's constructor may not read its own static fields. */
	private static final class Placeholders {

		static final Pattern PATTERN = Pattern.compile("\\{(\\w+)}");

	}

}
