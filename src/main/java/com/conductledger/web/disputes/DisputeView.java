package com.conductledger.web.disputes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.conductledger.dispute.Dispute;
import com.conductledger.dispute.Subject;
import com.conductledger.dispute.TrailAction;

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

	static DisputeView of(Dispute dispute, List<TrailAction> trail) {
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
