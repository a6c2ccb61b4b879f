package com.conductledger.web.disputes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.conductledger.dispute.Dispute;
import com.conductledger.dispute.Subject;
import com.conductledger.dispute.TrailAction;
import com.conductledger.explain.Labels;
import com.conductledger.scoring.rules.ShiftCode;

/**
 * A dispute as the API shows it: id, state, what it is against (entryId or evaluationId, with the
 * entry's rule, date, shift, points and source as they stood when it was raised), the reason, the
 * proposed item scores, whether there is evidence, the resolution and, when asked for one, the trail.
 */
public record DisputeView(String id, String state, String entryId, String evaluationId, String period, String personId,
		String ruleId, String article, LocalDate date, String shift, Integer points, String source, String reason,
		Map<String, BigDecimal> proposedItems, String raisedBy, LocalDateTime raisedAt, boolean evidence,
		ResolutionView resolution, List<TrailAction> trail) {

	public record ResolutionView(String by, LocalDateTime at, String note, Integer points, Map<String, BigDecimal> items,
			String correctionPeriod) {
	}

	/** The state in words: {@code 免除 Waived}. */
	public String stateLabel() {
		return Labels.disputeState(state).toString();
	}

	/** What it is against, in words: {@code 迟到 Late 2026-11-03 白班 DAY} or {@code 评估 evaluation EV-1}. */
	public String subjectLabel() {
		if (evaluationId != null) {
			return "评估 evaluation " + evaluationId;
		}
		StringBuilder said = new StringBuilder(Labels.rule(ruleId).toString());
		if (date != null) {
			said.append(' ').append(date);
		}
		if (shift != null) {
			said.append(' ').append(Labels.shift(ShiftCode.valueOf(shift)));
		}
		return said.toString();
	}

	public static DisputeView of(Dispute dispute, List<TrailAction> trail) {
		Subject subject = dispute.subject();
		boolean evaluation = subject.kind() == Subject.Kind.EVALUATION;
		ResolutionView resolution = dispute.resolution() == null ? null
				: new ResolutionView(dispute.resolution().by(), dispute.resolution().at(), dispute.resolution().note(),
						dispute.resolution().points(), dispute.resolution().items(), dispute.resolution().correctionPeriod());
		String source = subject.sourceFile() == null ? null
				: subject.sourceFile() + (subject.sourceSheet() == null ? "" : " sheet " + subject.sourceSheet()) + " row "
						+ subject.sourceRow();
		return new DisputeView(dispute.id(), dispute.state().name(), evaluation ? null : subject.key(),
				evaluation ? subject.key() : null, subject.period(), subject.personId(), subject.ruleId(), subject.article(),
				subject.date(), subject.shift(), subject.points(), source, dispute.reason(), dispute.proposedItems(),
				dispute.raisedBy(), dispute.raisedAt(), dispute.evidence(), resolution, trail);
	}

}
