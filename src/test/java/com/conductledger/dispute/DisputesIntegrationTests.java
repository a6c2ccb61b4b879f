package com.conductledger.dispute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.ingest.InputKind;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.SampleData;
import com.conductledger.support.WebIntegrationTest;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Disputes through the JSON API on the sample month (people.md): every state change, every refusal of
 * "Bad input" (and that it stores nothing), the window, the limit, the scopes, the corrections and the
 * rescored qa_average at the next scoring, and the trail. A0001 is an agent of team lead L01; A0013 of L02.
 */
@WebIntegrationTest
class DisputesIntegrationTests {

	private static final String PERIOD = "2026-11";

	private static final RequestPostProcessor AGENT = user("agent.a0001").roles("AGENT");

	private static final RequestPostProcessor OTHER_AGENT = user("agent.a0013").roles("AGENT");

	private static final RequestPostProcessor LEAD = user("lead.l01").roles("TEAM_LEAD");

	private static final RequestPostProcessor OTHER_LEAD = user("lead.l02").roles("TEAM_LEAD");

	private static final RequestPostProcessor MANAGER = user("manager.m").roles("MANAGER");

	private static final RequestPostProcessor MANAGER_A0001 = user("manager.a0001").roles("MANAGER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FolderIngest ingest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	LedgerStore ledger;

	@BeforeEach
	void sampleMonthScoredWithItsPeople() {
		LedgerTables.empty(jdbc);
		jdbc.update("delete from app_user where username not like 'first.admin'");
		ingest.ingest(SampleData.november());
		score();
		account("agent.a0001", "AGENT", "A0001");
		account("agent.a0013", "AGENT", "A0013");
		account("lead.l01", "TEAM_LEAD", "L01");
		account("lead.l02", "TEAM_LEAD", "L02");
		account("manager.m", "MANAGER", null);
		account("manager.a0001", "MANAGER", "A0001");
		String evaluator = evaluationOfA0001().evaluator();
		account(evaluator.toLowerCase(), "QA", null);
		account("qa.other", "QA", null);
	}

	@Test
	void anAgentRaisesADisputeOnTheirEntryAndTheTeamLeadIsTold() throws Exception {
		LedgerStore.StoredEntry absence = absenceOfA0001();

		MockHttpServletResponse raised = send(AGENT, post("/api/disputes"), raiseBody(absence.id(), "我那天来了 I was there"));

		assertThat(raised.getStatus()).as(raised.getContentAsString()).isEqualTo(201);
		String id = JsonPath.read(raised.getContentAsString(), "$.id");
		assertThat(id).matches("D-\\d{3,}");
		assertThat((String) JsonPath.read(raised.getContentAsString(), "$.state")).isEqualTo("OPEN");
		assertThat((String) JsonPath.read(raised.getContentAsString(), "$.entryId")).isEqualTo(absence.id());
		assertThat(jdbc.queryForList("select message from notice where person_id = 'L01' and kind = 'DISPUTE'", String.class))
			.singleElement().asString().contains(id);
		String page = body(MANAGER, get("/api/periods/{p}/people/{id}", PERIOD, "A0001"));
		assertThat((List<String>) JsonPath.read(page, "$.entries[?(@.id == '" + absence.id() + "')].dispute.id")).containsExactly(id);
		assertThat((List<Object>) JsonPath.read(page, "$.entries[?(@.dispute == null)]")).isNotEmpty();
	}

	@Test
	void theTeamLeadWaivesItAndTheNextScoringAddsTheCorrection() throws Exception {
		LedgerStore.StoredEntry absence = absenceOfA0001();
		int pointsBefore = deductionPoints("A0001");
		String id = raise(absence.id());

		MockHttpServletResponse resolved = send(LEAD, post("/api/disputes/{id}/resolution", id),
				"{\"outcome\":\"WAIVED\",\"note\":\"排班错误 roster error\"}");

		assertThat(resolved.getStatus()).as(resolved.getContentAsString()).isEqualTo(200);
		assertThat((String) JsonPath.read(resolved.getContentAsString(), "$.state")).isEqualTo("WAIVED");
		assertThat(entriesOf("A0001")).noneMatch(stored -> stored.entry().ruleId().equals("DISPUTE-CORRECTION"));
		score();
		assertThat(entriesOf("A0001")).filteredOn(stored -> stored.entry().ruleId().equals("DISPUTE-CORRECTION"))
			.singleElement()
			.satisfies(correction -> {
				assertThat(correction.entry().points()).isEqualTo(-absence.entry().points());
				assertThat(correction.entry().reasons().get(0)).isEqualTo("dispute " + id + ": 排班错误 roster error");
				assertThat(correction.entry().date()).isEqualTo(absence.entry().date());
				assertThat(correction.entry().shift()).isEqualTo(absence.entry().shift());
				assertThat(correction.entry().article()).isEqualTo(absence.entry().article());
				assertThat(correction.entry().source().file()).isEqualTo("dispute " + id);
				assertThat(correction.originalPeriod()).isNull();
			});
		assertThat(entriesOf("A0001")).contains(absence);
		assertThat(deductionPoints("A0001")).isEqualTo(pointsBefore - absence.entry().points());
		assertThat(jdbc.queryForList("select message from notice where person_id = 'A0001' and kind = 'DISPUTE'", String.class))
			.anySatisfy(message -> assertThat(message).contains(id, "免除 Waived", "roster error"));
		score();
		assertThat(entriesOf("A0001")).filteredOn(stored -> stored.entry().ruleId().equals("DISPUTE-CORRECTION")).hasSize(1);
	}

	@Test
	void aCorrectionLapsesWhenLateDataWithdrawsTheEntryItself(@TempDir Path temp) throws Exception {
		LedgerStore.StoredEntry absence = entriesOf("A0001").stream()
			.filter(stored -> stored.entry().ruleId().equals("ATT-ABSENT") && stored.entry().date().toString().equals("2026-11-07"))
			.findFirst()
			.orElseThrow();
		String id = raise(absence.id());
		send(LEAD, post("/api/disputes/{id}/resolution", id), "{\"outcome\":\"WAIVED\",\"note\":\"she was there\"}");
		score();
		assertThat(deductionPointsOfRule("A0001", "DISPUTE-CORRECTION")).isEqualTo(-absence.entry().points());
		Path attendance = Files.writeString(temp.resolve("attendance.csv"), """
				agent_id,date,shift,sign_in,sign_out
				A0001,2026-11-07,EVENING,2026-11-07T13:45,2026-11-07T22:00
				""");
		ingest.ingestFile(attendance, "attendance.csv", InputKind.ATTENDANCE);

		score();

		assertThat(entriesOf("A0001")).doesNotContain(absence)
			.noneMatch(stored -> stored.entry().ruleId().equals("DISPUTE-CORRECTION"));
	}

	@Test
	void aReductionLowersThePointsToTheStatedValue() throws Exception {
		LedgerStore.StoredEntry absence = absenceOfA0001();
		String id = raise(absence.id());

		assertThat(send(MANAGER, post("/api/disputes/{id}/resolution", id),
				"{\"outcome\":\"REDUCED\",\"note\":\"迟到非缺勤 late, not absent\",\"points\":4}").getStatus()).isEqualTo(200);
		score();

		assertThat(entriesOf("A0001")).filteredOn(stored -> stored.entry().ruleId().equals("DISPUTE-CORRECTION"))
			.extracting(stored -> stored.entry().points())
			.containsExactly(4 - absence.entry().points());
	}

	@Test
	void anUpheldDisputeChangesNothingAndIsFinal() throws Exception {
		LedgerStore.StoredEntry absence = absenceOfA0001();
		String id = raise(absence.id());
		assertThat(send(LEAD, post("/api/disputes/{id}/resolution", id), "{\"outcome\":\"UPHELD\",\"note\":\"排班无误 the roster stands\"}")
			.getStatus()).isEqualTo(200);
		score();
		assertThat(entriesOf("A0001")).noneMatch(stored -> stored.entry().ruleId().equals("DISPUTE-CORRECTION"));

		MockHttpServletResponse again = send(LEAD, post("/api/disputes/{id}/resolution", id),
				"{\"outcome\":\"WAIVED\",\"note\":\"changed my mind\"}");
		MockHttpServletResponse second = send(AGENT, post("/api/disputes"), raiseBody(absence.id(), "once more"));

		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentAsString()).contains(id, "UPHELD", "final");
		assertThat(count("dispute")).isEqualTo(1);
	}

	@Test
	void theRaiserWithdrawsAndMayThenRaiseItAgain() throws Exception {
		String entry = absenceOfA0001().id();
		String id = raise(entry);

		assertThat(send(LEAD, post("/api/disputes/{id}/withdrawal", id), "").getStatus()).isEqualTo(403);
		MockHttpServletResponse withdrawn = send(AGENT, post("/api/disputes/{id}/withdrawal", id), "");

		assertThat(withdrawn.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(withdrawn.getContentAsString(), "$.state")).isEqualTo("WITHDRAWN");
		assertThat(send(AGENT, post("/api/disputes/{id}/withdrawal", id), "").getStatus()).isEqualTo(409);
		assertThat(send(AGENT, post("/api/disputes"), raiseBody(entry, "with the proof this time")).getStatus()).isEqualTo(201);
	}

	@Test
	void everyRefusalOfBadInputSaysWhyAndStoresNothing() throws Exception {
		String own = absenceOfA0001().id();
		String others = entriesOf("A0013").get(0).id();
		List<MockHttpServletResponse> refused = new ArrayList<>();
		refused.add(send(AGENT, post("/api/disputes"), raiseBody(others, "not mine")));
		refused.add(send(AGENT, post("/api/disputes"), raiseBody("0123456789abcdef01234567", "no such entry")));
		refused.add(send(AGENT, post("/api/disputes"), raiseBody(own, "")));
		refused.add(send(AGENT, post("/api/disputes"), raiseBody(own, "x".repeat(2001))));
		refused.add(mvc.perform(multipart("/api/disputes").file(new MockMultipartFile("evidence", "sick-note.pdf", "application/pdf",
				"just text".getBytes(StandardCharsets.UTF_8))).param("entryId", own).param("reason", "see the note")
			.with(AGENT).with(csrf())).andReturn().getResponse());
		byte[] big = new byte[Evidence.MAX_BYTES + 10];
		System.arraycopy(EvidenceTests.PNG, 0, big, 0, EvidenceTests.PNG.length);
		refused.add(mvc.perform(multipart("/api/disputes").file(new MockMultipartFile("evidence", "big.png", "image/png", big))
			.param("entryId", own).param("reason", "see the photo").with(AGENT).with(csrf())).andReturn().getResponse());

		assertThat(refused).extracting(MockHttpServletResponse::getStatus).containsExactly(404, 404, 400, 400, 400, 413);
		assertThat(refused).allSatisfy(response -> assertThat(response.getContentAsString()).contains("\"error\""));
		assertThat(refused.get(0).getContentAsString()).doesNotContain("A0013");
		assertThat(refused.get(3).getContentAsString()).contains("2001");
		assertThat(count("dispute") + count("dispute_action") + count("dispute_evidence") + count("notice where kind = 'DISPUTE'"))
			.isZero();

		raise(own);
		MockHttpServletResponse second = send(AGENT, post("/api/disputes"), raiseBody(own, "again"));
		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentAsString()).contains("already disputed", "OPEN");
		assertThat(count("dispute")).isEqualTo(1);
	}

	@Test
	void theWindowClosesSevenDaysAfterTheEntryFirstAppeared() throws Exception {
		String own = absenceOfA0001().id();
		jdbc.update("update first_scoring set first_seen_at = ? where item_key = ?",
				java.time.LocalDateTime.now().minusDays(7).minusMinutes(5), own);

		MockHttpServletResponse late = send(AGENT, post("/api/disputes"), raiseBody(own, "too late?"));

		assertThat(late.getStatus()).isEqualTo(400);
		assertThat(late.getContentAsString()).contains("window closed");
		assertThat(count("dispute")).isZero();
		jdbc.update("update first_scoring set first_seen_at = ? where item_key = ?", java.time.LocalDateTime.now().minusDays(6),
				own);
		assertThat(send(AGENT, post("/api/disputes"), raiseBody(own, "in time")).getStatus()).isEqualTo(201);
	}

	@Test
	void theFirstAppearanceStaysWhenThePeriodIsScoredAgain() {
		String own = absenceOfA0001().id();
		java.time.LocalDateTime first = java.time.LocalDateTime.of(2026, 11, 1, 1, 0);
		jdbc.update("update first_scoring set first_seen_at = ? where item_key = ?", first, own);

		score();

		assertThat(absenceOfA0001().id()).isEqualTo(own);
		assertThat(jdbc.queryForObject("select first_seen_at from first_scoring where item_key = ?", java.time.LocalDateTime.class,
				own)).isEqualTo(first);
	}

	@Test
	void aPersonHasAtMostTenOpenOrResolvedDisputesAPeriod() throws Exception {
		for (int i = 0; i < 10; i++) {
			jdbc.update("insert into dispute (target_kind, target_key, period, person_id, state, reason, raised_by, raised_at) "
					+ "values ('ENTRY', ?, ?, 'A0001', ?, 'earlier', 'agent.a0001', current_timestamp)", "earlier-" + i, PERIOD,
					i % 2 == 0 ? "OPEN" : "UPHELD");
		}
		jdbc.update("insert into dispute (target_kind, target_key, period, person_id, state, reason, raised_by, raised_at) "
				+ "values ('ENTRY', 'withdrawn', ?, 'A0001', 'WITHDRAWN', 'earlier', 'agent.a0001', current_timestamp)", PERIOD);

		MockHttpServletResponse eleventh = send(AGENT, post("/api/disputes"), raiseBody(absenceOfA0001().id(), "one more"));

		assertThat(eleventh.getStatus()).isEqualTo(400);
		assertThat(eleventh.getContentAsString()).contains("10 open or resolved disputes", "at most 10");
		jdbc.update("update dispute set state = 'WITHDRAWN' where target_key = 'earlier-0'");
		assertThat(send(AGENT, post("/api/disputes"), raiseBody(absenceOfA0001().id(), "one more")).getStatus()).isEqualTo(201);
	}

	@Test
	void scopesDecideWhoSeesAndWhoResolves() throws Exception {
		String id = raise(absenceOfA0001().id());

		assertThat(send(OTHER_AGENT, get("/api/disputes/{id}", id), null).getStatus()).isEqualTo(404);
		assertThat(send(OTHER_LEAD, get("/api/disputes/{id}", id), null).getStatus()).isEqualTo(404);
		assertThat(send(OTHER_LEAD, post("/api/disputes/{id}/resolution", id), "{\"outcome\":\"WAIVED\",\"note\":\"n\"}").getStatus())
			.isEqualTo(404);
		assertThat(send(user("qa.other").roles("QA"), get("/api/disputes/{id}", id), null).getStatus()).as("not a QA dispute")
			.isEqualTo(404);
		assertThat(send(AGENT, post("/api/disputes/{id}/resolution", id), "{\"outcome\":\"WAIVED\",\"note\":\"mine\"}").getStatus())
			.isEqualTo(403);
		MockHttpServletResponse own = send(MANAGER_A0001, post("/api/disputes/{id}/resolution", id),
				"{\"outcome\":\"WAIVED\",\"note\":\"mine\"}");
		assertThat(own.getStatus()).isEqualTo(403);
		assertThat(own.getContentAsString()).contains("own");
		assertThat((List<String>) JsonPath.read(body(AGENT, get("/api/disputes?state=OPEN")), "$[*].id")).containsExactly(id);
		assertThat((List<String>) JsonPath.read(body(LEAD, get("/api/disputes?state=OPEN")), "$[*].id")).containsExactly(id);
		assertThat((List<String>) JsonPath.read(body(OTHER_LEAD, get("/api/disputes")), "$[*].id")).isEmpty();
		assertThat((List<String>) JsonPath.read(body(OTHER_AGENT, get("/api/disputes")), "$[*].id")).isEmpty();
		assertThat((List<String>) JsonPath.read(body(MANAGER, get("/api/disputes?state=WAIVED")), "$[*].id")).isEmpty();
		assertThat(send(MANAGER, get("/api/disputes?state=LOST"), null).getStatus()).isEqualTo(400);
	}

	@Test
	void aRescoredEvaluationChangesQaAverageAndKeepsTheOriginalScores() throws Exception {
		Evaluated evaluation = evaluationOfA0001();
		BigDecimal original = evaluation.accuracy();
		BigDecimal lowered = original.subtract(BigDecimal.TEN).max(BigDecimal.ZERO);
		MockHttpServletResponse raised = send(AGENT, post("/api/disputes"), "{\"evaluationId\":\"" + evaluation.id()
				+ "\",\"reason\":\"客户先挂断 the customer hung up\",\"items\":{\"accuracy\":" + lowered + "}}");
		assertThat(raised.getStatus()).as(raised.getContentAsString()).isEqualTo(201);
		String id = JsonPath.read(raised.getContentAsString(), "$.id");
		String rescore = "{\"outcome\":\"RESCORED\",\"note\":\"复核 reviewed\",\"items\":{\"accuracy\":" + lowered + "}}";

		assertThat(send(LEAD, post("/api/disputes/{id}/resolution", id), rescore).getStatus()).as("a team lead: QA's to resolve")
			.isEqualTo(403);
		MockHttpServletResponse scorer = send(user(evaluation.evaluator().toLowerCase()).roles("QA"),
				post("/api/disputes/{id}/resolution", id), rescore);
		assertThat(scorer.getStatus()).isEqualTo(403);
		assertThat(scorer.getContentAsString()).contains("they scored");
		assertThat(send(user("qa.other").roles("QA"), post("/api/disputes/{id}/resolution", id),
				"{\"outcome\":\"WAIVED\",\"note\":\"n\"}").getStatus()).isEqualTo(400);
		assertThat(send(user("qa.other").roles("QA"), post("/api/disputes/{id}/resolution", id), rescore).getStatus()).isEqualTo(200);
		score();

		assertThat(qaAverage("A0001")).isEqualByComparingTo(expectedQaAverage("A0001"));
		assertThat(jdbc.queryForObject("select score from qa_item_score where evaluation_id = ? and item = 'accuracy'",
				BigDecimal.class, evaluation.id())).isEqualByComparingTo(original);
		String trail = body(MANAGER, get("/api/disputes/{id}", id));
		assertThat((List<String>) JsonPath.read(trail, "$.trail[*].after")).last().asString().contains("accuracy=" + lowered.stripTrailingZeros().toPlainString());
	}

	@Test
	void theTrailKeepsEveryActionWithWhoWhenAndTheValues() throws Exception {
		LedgerStore.StoredEntry absence = absenceOfA0001();
		byte[] png = EvidenceTests.PNG;
		MockHttpServletResponse raised = mvc.perform(multipart("/api/disputes")
			.file(new MockMultipartFile("evidence", "photo.png", "image/png", png)).param("entryId", absence.id())
			.param("reason", "见照片 see the photo").with(AGENT).with(csrf())).andReturn().getResponse();
		assertThat(raised.getStatus()).as(raised.getContentAsString()).isEqualTo(201);
		String id = JsonPath.read(raised.getContentAsString(), "$.id");
		assertThat(send(LEAD, post("/api/disputes/{id}/comments", id), "{\"text\":\"I checked the roster\"}").getStatus()).isEqualTo(201);
		assertThat(send(LEAD, post("/api/disputes/{id}/resolution", id), "{\"outcome\":\"REDUCED\",\"note\":\"half\",\"points\":5}")
			.getStatus()).isEqualTo(200);
		assertThat(send(AGENT, post("/api/disputes/{id}/comments", id), "{\"text\":\"thanks\"}").getStatus()).isEqualTo(409);

		String dispute = body(AGENT, get("/api/disputes/{id}", id));

		assertThat((List<String>) JsonPath.read(dispute, "$.trail[*].action")).containsExactly("RAISE", "COMMENT", "RESOLVE");
		assertThat((List<String>) JsonPath.read(dispute, "$.trail[*].actor")).containsExactly("agent.a0001", "lead.l01", "lead.l01");
		assertThat((List<String>) JsonPath.read(dispute, "$.trail[*].at")).doesNotContainNull();
		assertThat((String) JsonPath.read(dispute, "$.trail[2].before")).isEqualTo("points " + absence.entry().points());
		assertThat((String) JsonPath.read(dispute, "$.trail[2].after")).isEqualTo("REDUCED; points 5");
		assertThat((String) JsonPath.read(dispute, "$.trail[0].after")).contains("sha256 " + Evidence.sha256(png));
		MockHttpServletResponse evidence = send(LEAD, get("/api/disputes/{id}/evidence", id), null);
		assertThat(evidence.getContentAsByteArray()).isEqualTo(png);
		assertThat(evidence.getHeader("X-Content-SHA256")).isEqualTo(Evidence.sha256(png));
		assertThat(send(OTHER_AGENT, get("/api/disputes/{id}/evidence", id), null).getStatus()).isEqualTo(404);
		assertThat(JsonPath.<List<String>>read(body(AGENT, get("/api/notices?unread=true")), "$[*].message"))
			.anySatisfy(message -> assertThat(message).contains(id, "减分 Reduced"));
	}

	@Test
	void thePagesRaiseShowAndResolveADisputeInScope() throws Exception {
		String entry = absenceOfA0001().id();
		MockHttpServletResponse raised = mvc.perform(multipart("/disputes").param("entryId", entry)
			.param("reason", "页面申诉 from the page").with(AGENT).with(csrf())).andReturn().getResponse();
		assertThat(raised.getStatus()).isEqualTo(302);
		String id = raised.getRedirectedUrl().substring("/disputes/".length());

		String agentsPage = page(AGENT, "/disputes/" + id);
		String leadsPage = page(LEAD, "/disputes/" + id);

		assertThat(agentsPage).contains(id, "页面申诉 from the page", "id=\"withdraw\"").doesNotContain("id=\"resolve\"");
		assertThat(leadsPage).contains("id=\"resolve\"", "WAIVED").doesNotContain("id=\"withdraw\"");
		assertThat(page(LEAD, "/disputes")).contains(id);
		assertThat(send(OTHER_AGENT, get("/disputes/" + id), null).getStatus()).isEqualTo(404);
		MockHttpServletResponse resolved = mvc.perform(post("/disputes/{id}/resolution", id).param("outcome", "WAIVED")
			.param("note", "页面处理 from the page").with(LEAD).with(csrf())).andReturn().getResponse();
		assertThat(resolved.getStatus()).isEqualTo(302);
		assertThat(page(AGENT, "/disputes/" + id)).contains("WAIVED", "页面处理 from the page").doesNotContain("id=\"withdraw\"");
		MockHttpServletResponse empty = mvc.perform(post("/disputes/{id}/comments", id).param("text", "")
			.with(AGENT).with(csrf())).andReturn().getResponse();
		assertThat(empty.getStatus()).isEqualTo(400);
	}

	@Test
	void thePdfScorecardShowsEachDisputedEntrysDisputeState() throws Exception {
		String id = raise(absenceOfA0001().id());

		MockHttpServletResponse pdf = send(MANAGER, get("/api/periods/{p}/people/{id}/pdf", PERIOD, "A0001"), null);

		assertThat(pdf.getStatus()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("申诉 " + id + " 待处理", "dispute " + id + " open");
		}
	}

	private String page(RequestPostProcessor who, String path) throws Exception {
		MockHttpServletResponse response = send(who, get(path), null);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString();
	}

	private String raise(String entryId) throws Exception {
		MockHttpServletResponse raised = send(AGENT, post("/api/disputes"), raiseBody(entryId, "不是我的错 not my fault"));
		assertThat(raised.getStatus()).as(raised.getContentAsString()).isEqualTo(201);
		return JsonPath.read(raised.getContentAsString(), "$.id");
	}

	private static String raiseBody(String entryId, String reason) {
		return "{\"entryId\":\"" + entryId + "\",\"reason\":\"" + reason + "\"}";
	}

	private MockHttpServletResponse send(RequestPostProcessor who, AbstractMockHttpServletRequestBuilder<?> request, String json)
			throws Exception {
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		MockHttpServletResponse response = mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response;
	}

	private String body(RequestPostProcessor who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MockHttpServletResponse response = send(who, request, null);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString();
	}

	private void score() {
		scorer.score(Period.of(PERIOD, schedule.cutoffDay()));
	}

	private void account(String name, String roles, String person) {
		jdbc.update("insert into app_user (username, password_hash, display_name, enabled, roles, person_id) "
				+ "values (?, 'not-a-hash', ?, true, ?, ?)", name, name, roles, person);
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private List<LedgerStore.StoredEntry> entriesOf(String person) {
		List<LedgerStore.StoredEntry> entries = new ArrayList<>();
		ledger.forEachEntryOf(PERIOD, person, entries::add);
		return entries;
	}

	private LedgerStore.StoredEntry absenceOfA0001() {
		return entriesOf("A0001").stream().filter(stored -> stored.entry().ruleId().equals("ATT-ABSENT")).findFirst().orElseThrow();
	}

	private int deductionPointsOfRule(String person, String rule) {
		return entriesOf(person).stream().filter(stored -> stored.entry().ruleId().equals(rule))
			.mapToInt(stored -> stored.entry().points()).sum();
	}

	private int deductionPoints(String person) throws Exception {
		return JsonPath.read(body(MANAGER, get("/api/periods/{p}/people/{id}", PERIOD, person)), "$.scorecard.deductionPoints");
	}

	private BigDecimal qaAverage(String person) throws Exception {
		Object average = JsonPath.read(body(MANAGER, get("/api/periods/{p}/people/{id}", PERIOD, person)), "$.scorecard.qaAverage");
		return new BigDecimal(average.toString());
	}

	record Evaluated(String id, String evaluator, BigDecimal accuracy) {
	}

	/** An evaluation of A0001 in the period with item scores and no fatal code. */
	private Evaluated evaluationOfA0001() {
		Period period = Period.of(PERIOD, schedule.cutoffDay());
		return jdbc.query("select e.evaluation_id, e.evaluator_id, s.score from qa_evaluation e join qa_item_score s "
				+ "on s.evaluation_id = e.evaluation_id and s.item = 'accuracy' where e.agent_id = 'A0001' "
				+ "and e.call_date between ? and ? and s.score >= 10 and not exists (select 1 from qa_conduct_code c "
				+ "where c.evaluation_id = e.evaluation_id and c.code in ('C02', 'C14', 'C16')) order by e.evaluation_id",
				(rs, i) -> new Evaluated(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)), period.firstDate(),
				period.lastDate()).get(0);
	}

	/** The mean of the person's scored evaluations, with the rescored items in place of the workbook's. */
	private BigDecimal expectedQaAverage(String person) {
		Period period = Period.of(PERIOD, schedule.cutoffDay());
		List<Map<String, Object>> rows = jdbc.queryForList("select e.evaluation_id, (select coalesce(sum(coalesce(r.score, s.score)), 0) "
				+ "from qa_item_score s left join evaluation_rescore r on r.evaluation_id = s.evaluation_id and r.item = s.item "
				+ "where s.evaluation_id = e.evaluation_id) as total, (select count(*) from qa_conduct_code c where "
				+ "c.evaluation_id = e.evaluation_id and c.code in ('C02', 'C14', 'C16')) as fatal from qa_evaluation e "
				+ "where e.agent_id = ? and e.floor_observation = false and e.call_date between ? and ?", person,
				period.firstDate(), period.lastDate());
		BigDecimal sum = BigDecimal.ZERO;
		for (Map<String, Object> row : rows) {
			sum = sum.add(((Number) row.get("fatal")).intValue() > 0 ? BigDecimal.ZERO : new BigDecimal(row.get("total").toString()));
		}
		return sum.divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
	}

}
