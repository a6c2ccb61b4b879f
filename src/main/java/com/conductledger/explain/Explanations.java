package com.conductledger.explain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.ReasonCode;

/**
 * Plain explanations of ledger entries, in Chinese and in English: every reason of an entry as a
 * sentence with the facts that decided it and the article it applies, the same on the web, in the
 * PDF packs and in the workbook. A reason of an old ledger without its facts gets what its code or
 * its rule means; a text of no known form, of a rule unknown here, is shown as it is.
 */
public final class Explanations {

	/** Reasons that say where or when, not which article was broken. */
	private static final Set<ReasonCode> WITHOUT_ARTICLE = EnumSet.of(ReasonCode.EVALUATION, ReasonCode.EVALUATION_FATAL,
			ReasonCode.FLOOR_OBSERVATION, ReasonCode.FLOOR_OBSERVATION_FATAL, ReasonCode.ADJUSTMENT_ADDED,
			ReasonCode.ADJUSTMENT_WITHDRAWN, ReasonCode.DISPUTE);

	private static final String ABSENT = "ATT-ABSENT";

	private Explanations() {
	}

	/**
	 * The article an entry cites: the articles of its reasons for an absence, so that an entry of
	 * a ledger written before they were recorded per reason reads as a new one; else its own.
	 */
	public static String article(LedgerEntry entry) {
		return ABSENT.equals(entry.ruleId()) ? ReasonCode.articles(ABSENT, entry.reasons(), entry.article())
				: entry.article();
	}

	public static Explanation of(LedgerEntry entry) {
		return of(entry.ruleId(), entry.article(), entry.reasons());
	}

	public static Explanation of(String ruleId, String article, List<String> reasons) {
		List<Sentence> sentences = new ArrayList<>();
		for (String reason : reasons) {
			sentences.add(sentence(ruleId, article, reason));
		}
		if (sentences.isEmpty()) {
			sentences.add(withArticle(GenericSentences.ofRule(ruleId)
				.orElse(new Sentence(Labels.rule(ruleId).chinese(), Labels.rule(ruleId).english())), article));
		}
		return new Explanation(sentences);
	}

	/** How the reports mark a disputed entry: a last reason {@code 申诉 dispute D-001 OPEN}. */
	private static final String DISPUTE_MARK = "申诉 dispute ";

	static Sentence sentence(String ruleId, String entryArticle, String reason) {
		if (reason.startsWith(DISPUTE_MARK)) {
			String dispute = reason.substring(DISPUTE_MARK.length());
			int space = dispute.indexOf(' ');
			if (space < 0) {
				return new Sentence("申诉 " + dispute, "dispute " + dispute);
			}
			Label state = Labels.disputeState(dispute.substring(space + 1));
			String id = dispute.substring(0, space);
			return new Sentence("申诉 " + id + " " + state.chinese(), "dispute " + id + " " + state.english().toLowerCase(Locale.ROOT));
		}
		Optional<ReasonCode.Read> read = ReasonCode.read(ruleId, reason);
		if (read.isEmpty()) {
			return GenericSentences.ofRule(ruleId)
				.map(generic -> withArticle(generic, entryArticle))
				.orElse(new Sentence(reason, reason));
		}
		ReasonCode code = read.get().code();
		Sentence said = read.get().facts().isEmpty()
				? GenericSentences.of(code).orElseGet(() -> new Sentence(reason, reason))
				: Sentences.of(code, new Facts(read.get().facts()));
		return withArticle(said, article(code, read.get(), entryArticle));
	}

	/** The article a reason applies; a conduct code's is the entry's own, which names its item. */
	private static String article(ReasonCode code, ReasonCode.Read read, String entryArticle) {
		if (WITHOUT_ARTICLE.contains(code)) {
			return null;
		}
		if (code == ReasonCode.CONDUCT_BEHAVIOUR && entryArticle != null) {
			return entryArticle;
		}
		return code.article(read.facts());
	}

	private static Sentence withArticle(Sentence sentence, String article) {
		if (article == null || article.isBlank()) {
			return sentence;
		}
		Label cited = Labels.article(article);
		return new Sentence(sentence.chinese() + "（" + cited.chinese() + "）", sentence.english() + " (" + cited.english() + ")");
	}

}
