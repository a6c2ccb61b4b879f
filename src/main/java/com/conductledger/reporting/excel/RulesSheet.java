package com.conductledger.reporting.excel;

import java.util.Comparator;
import java.util.List;

import com.conductledger.reporting.excel.Column.Kind;
import com.conductledger.schedule.ConductCode;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.QaItem;
import com.conductledger.schedule.RuleDefinition;
import com.conductledger.schedule.ScorecardTiers;
import com.conductledger.schedule.Thresholds;
import com.conductledger.schedule.VersionName;

/**
 * Sheet {@code Rules}: the penalty schedule the month was scored with, one setting a row under the
 * keys of {@code penalty-schedule.yml}: rules, conduct codes (under their ledger rule ids
 * {@code QA-Cnn}), the QA form, thresholds, scorecard tiers, money and the period settings; last, the
 * schedule version (number, title, effective-from, sha256) it is.
 */
final class RulesSheet {

	static final String NAME = "Rules";

	static final List<Column> COLUMNS = List.of(Column.of("section", "类别", Kind.CODE), Column.of("key", "项目", Kind.TEXT),
			Column.of("article", "条款", Kind.TEXT), Column.of("points", "扣分", Kind.INTEGER), Column.of("value", "数值", Kind.DECIMAL),
			Column.of("fatal", "致命", Kind.INTEGER), Column.of("english", "英文", Kind.LONG_TEXT), Column.of("chinese", "中文", Kind.TEXT));

	private final TableSheet table;

	RulesSheet(TableSheet table) {
		this.table = table;
	}

	void write(PenaltySchedule schedule, VersionName version) {
		schedule.rules()
			.values()
			.stream()
			.sorted(Comparator.comparing(RuleDefinition::ruleId))
			.forEach(rule -> table.row().text("rule").text(rule.ruleId()).text(rule.article()).integer(rule.points()));
		schedule.conductCodes()
			.values()
			.stream()
			.sorted(Comparator.comparing(ConductCode::code))
			.forEach(this::conductCode);
		for (QaItem item : schedule.qaForm()) {
			setting("qa-form", item.name(), "23").decimal(item.maximum());
		}
		thresholds(schedule.thresholds());
		tiers(schedule.tiers());
		setting("money", "amount-per-point", "").decimal(schedule.amountPerPoint());
		setting("money", "currency", "").text(schedule.currency());
		String cutoff = schedule.cutoffDay().toString();
		TableSheet cutoffRow = setting("period", "cutoff-day", "");
		if (cutoff.chars().allMatch(Character::isDigit)) {
			cutoffRow.integer(Integer.valueOf(cutoff));
		}
		else {
			cutoffRow.text(cutoff);
		}
		setting("period", "zone", "").text(schedule.zone().getId());
		whole("version", "number", "", version.number());
		setting("version", "title", "").text(version.title());
		setting("version", "effective-from", "").text(version.effectiveFrom());
		setting("version", "sha256", "").text(version.sha256());
		table.finish();
	}

	private void conductCode(ConductCode code) {
		table.row()
			.text("conduct-code")
			.text("QA-" + code.code())
			.text("46(3) item " + Integer.parseInt(code.code().substring(1)))
			.integer(code.points())
			.blank()
			.bool(code.fatal())
			.text(code.english())
			.text(code.chinese());
	}

	private void thresholds(Thresholds limits) {
		whole("threshold", "handover-minutes", "38", limits.handover().toMinutes());
		whole("threshold", "ordinary-leave-notice-hours", "26", limits.ordinaryLeaveNotice().toHours());
		whole("threshold", "urgent-leave-notice-hours", "26", limits.urgentLeaveNotice().toHours());
		whole("threshold", "holiday-leave-notice-hours", "31", limits.holidayLeaveNotice().toHours());
		setting("threshold", "night-leave-deadline", "30").text(limits.nightLeaveDeadline().toString());
		whole("threshold", "swap-notice-hours", "32", limits.swapNotice().toHours());
		whole("threshold", "swap-limit", "36", limits.swapLimit());
		whole("threshold", "swap-min-rest-hours", "36", limits.swapMinRest().toHours());
		whole("threshold", "swap-max-skill-gap", "33", limits.swapMaxSkillGap());
		whole("threshold", "break-max-minutes", "47(1)1", limits.breakMax().toMinutes());
		whole("threshold", "break-away-percent", "47(1)1", limits.breakAwayPercent());
		whole("threshold", "sick-certificate-grace-days", "29", limits.sickCertificateGraceDays());
	}

	private void tiers(ScorecardTiers tiers) {
		whole("scorecard", "reward-top-percent", "23", tiers.rewardTopPercent());
		setting("scorecard", "reward-min-final", "23").decimal(tiers.rewardMinFinal());
		setting("scorecard", "reward-amount", "23").decimal(tiers.rewardAmount());
		setting("scorecard", "warning-below", "23").decimal(tiers.warningBelow());
	}

	private void whole(String section, String key, String article, long value) {
		setting(section, key, article).integer(Math.toIntExact(value));
	}

	/** Starts a setting's row up to its value cell. */
	private TableSheet setting(String section, String key, String article) {
		return table.row().text(section).text(key).text(article).blank();
	}

}
