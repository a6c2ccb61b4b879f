package com.conductledger.web.periods;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.people.ScopeService;
import com.conductledger.period.PeriodStatus;
import com.conductledger.web.PeriodFolder;
import com.conductledger.web.WebProblem;
import com.conductledger.web.payroll.PayrollReleases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The periods controllers alone: what they render, and that a failure reaches the user as a message, never a trace. */
@WebMvcTest(controllers = { PeriodsController.class, PeriodsApiController.class })
class PeriodsControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PeriodReports reports;

	@MockitoBean
	PeriodFolder folder;

	@MockitoBean
	PayrollReleases payroll;

	@MockitoBean
	PeriodActions actions;

	@MockitoBean
	PersonScorecards people;

	@MockitoBean
	PeriodRejectedRows rejectedRows;

	@MockitoBean
	ScopeService scopes;

	@MockitoBean
	TeamPacks files;

	@Test
	void thePeriodsPageListsEachPeriodWithItsState() throws Exception {
		given(reports.all()).willReturn(List.of(new PeriodRow("2026-11", PeriodStatus.State.FINAL, null, null, List.of()),
				new PeriodRow("2026-10", PeriodStatus.State.DRAFT, null, null, List.of())));

		mvc.perform(get("/periods"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已定稿 Final")))
			.andExpect(content().string(containsString("草稿 Draft")));
	}

	@Test
	void aProblemTheUserCanActOnIsShownWithItsStatus() throws Exception {
		given(people.person("2026-11", "X1")).willThrow(WebProblem.notFound("没有此人 no scorecard for 'X1'"));

		mvc.perform(get("/periods/2026-11/people/X1"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("no scorecard for &#39;X1&#39;")));
		mvc.perform(get("/api/periods/2026-11/people/X1"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("没有此人 no scorecard for 'X1'"));
	}

	@Test
	void anUnexpectedFailureShowsAReferenceButNeitherItsMessageNorAStackTrace() throws Exception {
		given(reports.month(org.mockito.ArgumentMatchers.eq("2026-11"), org.mockito.ArgumentMatchers.any())).willThrow(new IllegalStateException("connection pool secret-host:3306"));

		mvc.perform(get("/periods/2026-11"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("it has been logged with reference")))
			.andExpect(content().string(not(containsString("secret-host"))))
			.andExpect(content().string(not(containsString("at com.conductledger"))));
		mvc.perform(get("/api/periods/2026-11"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.error").value(containsString("reference")))
			.andExpect(content().string(not(containsString("secret-host"))));
	}

}
