package com.conductledger.sampledata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Picks 4-6 worked shifts per agent for QA, scores them around the agent's ability (a few weak
 * agents), plants conduct codes now and then, and splits the rows over two QA inspectors (质检员,
 * {@code Q01}...), one per workbook; as in a real centre, the inspectors are not rostered and are
 * not in agents.csv.
 */
final class EvaluationPlanner {

	private static final int[] MAXIMA = { 10, 20, 30, 20, 10, 10 };

	private static final String[] USUAL_CODES = { "C08", "C13;C18", "C10", "C13", "C18", "C01", "C15", "C08,C10", "C03" };

	private static final String[] FLOOR_CODES = { "C04", "C05", "C06", "C07", "C10", "C17" };

	private static final Map<String, String> CODE_NOTES = Map.ofEntries(Map.entry("C01", "与客户闲聊过多"),
			Map.entry("C03", "对客户态度冷淡"), Map.entry("C04", "在大厅内奔跑"), Map.entry("C05", "夹带文件走动"),
			Map.entry("C06", "隔座位喊话"), Map.entry("C07", "在座位上吃早餐"), Map.entry("C08", "通话间隙查看手机"),
			Map.entry("C10", "与邻座交头接耳"), Map.entry("C13", "通话中打哈欠"), Map.entry("C14", "语气生硬，与客户争执"),
			Map.entry("C15", "推诿客户，未做到首问负责"), Map.entry("C16", "向无关人员透露客户资料"),
			Map.entry("C17", "在座位旁站立聊天"), Map.entry("C18", "摘下耳麦与同事说话"));

	private static final String[] GOOD = { "开场白规范，语速稍快", "服务热情，解答准确", "倾听耐心，结束语完整", "业务熟练，表达清晰",
			"主动核实客户信息，流程规范" };

	private static final String[] FAIR = { "解答基本准确，确认环节不足", "语速偏快，需注意停顿", "开场白不完整", "结束语过于简单",
			"倾听不够耐心，有打断客户现象" };

	private static final String[] WEAK = { "业务知识不熟，解答有误", "未核实客户身份，存在合规风险", "服务意识不足，需重点辅导",
			"多次让客户等待，未致歉" };

	private static final DateTimeFormatter CALL_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final Centre centre;

	private final EvaluationWorkbookWriter[] workbooks;

	private long calls;

	EvaluationPlanner(Centre centre, EvaluationWorkbookWriter firstBook, EvaluationWorkbookWriter secondBook) {
		this.centre = centre;
		this.workbooks = new EvaluationWorkbookWriter[] { firstBook, secondBook };
	}

	void writeTeam(Team team, boolean[][] worked, SplittableRandom random) {
		String[] evaluators = { centre.qaInspectorOf(team.index, 0), centre.qaInspectorOf(team.index, 1) };
		int floorAgent = 1 + random.nextInt(team.slots() - 1);
		for (int slot = 1; slot < team.slots(); slot++) {
			double ability = random.nextDouble() < 0.08 ? 0.52 + 0.16 * random.nextDouble()
					: 0.82 + 0.15 * random.nextDouble();
			List<Integer> days = pick(worked[slot], 4 + random.nextInt(3), random);
			List<Entry> entries = new ArrayList<>();
			for (int day : days) {
				entries.add(new Entry(day, random.nextInt(2), false));
			}
			if (slot == floorAgent && !days.isEmpty()) {
				entries.add(new Entry(days.get(random.nextInt(days.size())), 0, true));
			}
			entries.sort(Comparator.comparingInt(Entry::day));
			boolean leak = team.index == 0 && slot == 1;
			for (Entry entry : entries) {
				String agentId = team.member(slot).id();
				String evaluator = evaluators[entry.book()];
				Evaluation evaluation = entry.floor() ? floor(agentId, entry.day(), evaluator, random)
						: call(agentId, entry.day(), evaluator, ability, leak, random);
				leak = leak && evaluation.floorObservation();
				workbooks[entry.book()].write(evaluation);
			}
		}
	}

	private record Entry(int day, int book, boolean floor) {
	}

	private Evaluation call(String agentId, int day, String evaluator, double ability, boolean leak,
			SplittableRandom random) {
		int[] scores = new int[MAXIMA.length];
		int total = 0;
		for (int item = 0; item < MAXIMA.length; item++) {
			double quality = Math.min(1.0, Math.max(0.0, ability + 0.05 * random.nextGaussian()));
			scores[item] = (int) Math.round(MAXIMA[item] * quality);
			total += scores[item];
		}
		double draw = random.nextDouble();
		String codes = leak ? "C16" : draw < 0.01 ? "C14" : draw < 0.12 ? pick(USUAL_CODES, random) : "";
		String[] band = total >= 90 ? GOOD : total >= 75 ? FAIR : WEAK;
		LocalDate date = centre.date(day);
		String callId = "CL" + CALL_DAY.format(date) + "-" + Centre.pad(++calls, 6);
		return new Evaluation(date, agentId, callId, evaluator, scores, codes, comment(pick(band, random), codes));
	}

	private Evaluation floor(String agentId, int day, String evaluator, SplittableRandom random) {
		String code = pick(FLOOR_CODES, random);
		return new Evaluation(centre.date(day), agentId, "", evaluator, null, code, "现场巡查：" + CODE_NOTES.get(code));
	}

	private static String comment(String remark, String codes) {
		StringBuilder comment = new StringBuilder(remark);
		for (String code : codes.split("[;,]")) {
			if (!code.isEmpty()) {
				comment.append('；').append(CODE_NOTES.get(code));
			}
		}
		return comment.toString();
	}

	/** Up to count distinct worked days, in date order. */
	private static List<Integer> pick(boolean[] worked, int count, SplittableRandom random) {
		List<Integer> chosen = new ArrayList<>();
		for (int day : Shuffle.range(random, 0, worked.length - 1)) {
			if (worked[day] && chosen.size() < count) {
				chosen.add(day);
			}
		}
		chosen.sort(null);
		return chosen;
	}

	private static String pick(String[] values, SplittableRandom random) {
		return values[random.nextInt(values.length)];
	}

}
