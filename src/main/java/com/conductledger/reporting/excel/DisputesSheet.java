package com.conductledger.reporting.excel;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.conductledger.dispute.Dispute;
import com.conductledger.dispute.DisputeState;
import com.conductledger.dispute.Resolution;
import com.conductledger.dispute.Subject;
import com.conductledger.reporting.excel.Column.Kind;

/**
 * Sheet {@code Disputes} (people.md): every dispute of the period's entries and evaluations, and every
 * dispute whose correction this period carries, by number: what it is against, its state, who raised and
 * resolved it and when, the note and the correction.
 */
final class DisputesSheet {

	static final String NAME = "Disputes";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static final List<Column> COLUMNS = List.of(Column.of("dispute_id", "申诉编号", Kind.ID), Column.of("person_id", "工号", Kind.ID),
			Column.of("name", "姓名", Kind.NAME), Column.of("state", "状态", Kind.CODE), Column.of("period", "周期", Kind.ID),
			Column.of("subject", "申诉对象", Kind.TEXT), Column.of("rule_id", "规则", Kind.TEXT), Column.of("date", "日期", Kind.DATE),
			Column.of("shift", "班次", Kind.ID), Column.of("points", "扣分", Kind.INTEGER), Column.of("reason", "理由", Kind.LONG_TEXT),
			Column.of("raised_by", "申诉人", Kind.ID), Column.of("raised_at", "申诉时间", Kind.TEXT),
			Column.of("resolved_by", "处理人", Kind.ID), Column.of("resolved_at", "处理时间", Kind.TEXT),
			Column.of("note", "处理说明", Kind.LONG_TEXT), Column.of("new_points", "新扣分", Kind.INTEGER),
			Column.of("correction_period", "更正周期", Kind.ID));

	private final TableSheet table;

	private final Map<String, String> namesById;

	DisputesSheet(TableSheet table, Map<String, String> namesById) {
		this.table = table;
		this.namesById = namesById;
	}

	void write(List<Dispute> disputes) {
		for (Dispute dispute : disputes) {
			Subject subject = dispute.subject();
			Resolution resolution = dispute.resolution();
			boolean resolved = resolution != null && dispute.state() != DisputeState.WITHDRAWN;
			table.row()
				.text(dispute.id())
				.text(subject.personId())
				.text(namesById.get(subject.personId()))
				.text(dispute.state().name())
				.text(subject.period())
				.text((subject.kind() == Subject.Kind.EVALUATION ? "evaluation " : "entry ") + subject.key())
				.text(subject.ruleId())
				.date(subject.date())
				.text(subject.shift())
				.integer(subject.points())
				.text(dispute.reason())
				.text(dispute.raisedBy())
				.text(minutes(dispute.raisedAt()))
				.text(resolution == null ? null : resolution.by())
				.text(resolution == null ? null : minutes(resolution.at()))
				.text(resolved ? resolution.note() : null)
				.integer(resolved ? resolution.points() : null)
				.text(resolved ? resolution.correctionPeriod() : null);
		}
		table.finish();
	}

	private static String minutes(LocalDateTime time) {
		return time == null ? null : time.format(MINUTES);
	}

}
