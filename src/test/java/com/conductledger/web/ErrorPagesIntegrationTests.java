package com.conductledger.web;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * What the servlet container's error dispatch to {@code /error} renders: a page or
 * {@code {"error": ...}} by the path first asked for, the status kept, no exception text.
 */
@WebIntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aFailureOutsideTheControllersOfAnApiPathIsJsonWithAReference() throws Exception {
		mvc.perform(errorDispatch(500, "/api/qa/uploads").requestAttr(RequestDispatcher.ERROR_EXCEPTION,
				new IllegalStateException("secret detail")))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.error").value(allOf(containsString("reference"), not(containsString("secret detail")))))
			.andExpect(jsonPath("$.me").doesNotExist());
	}

	@Test
	void anUploadTooLargeForAPageIsThePageWithTheLimits() throws Exception {
		mvc.perform(errorDispatch(413, "/feeds/uploads").with(WebFixtures.manager()))
			.andExpect(status().isContentTooLarge())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("at most 20 MB a file and 100 MB in all")));
	}

	@Test
	void aPathTheContainerDidNotFindIsNotFoundNamingIt() throws Exception {
		mvc.perform(errorDispatch(404, "/api/nothing/here"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value(containsString("/api/nothing/here")));
	}

	@Test
	void aSuccessStatusInTheErrorDispatchIsNotPassedOnAsSuccess() throws Exception {
		mvc.perform(errorDispatch(200, "/api/qa/uploads")).andExpect(status().isInternalServerError());
	}

	private static MockHttpServletRequestBuilder errorDispatch(int status, String uri) {
		return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri);
	}

}
