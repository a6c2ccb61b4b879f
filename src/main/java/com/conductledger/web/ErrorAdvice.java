package com.conductledger.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.JacksonJsonView;

import com.conductledger.people.AcknowledgementRefused;
import com.conductledger.people.OutOfScope;
import com.conductledger.dispute.DisputeRefused;
import com.conductledger.schedule.ScheduleException;
import com.conductledger.security.UserAccountException;

/**
 * Turns every error into a message a user can act on: a page for the pages, {@code {"error": ...}}
 * for {@code /api}, with its 4xx/5xx status. Unexpected errors are logged with a reference the
 * user can quote; their details never reach the browser.
 */
@ControllerAdvice
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	private final UploadLimits limits;

	ErrorAdvice(Environment environment) {
		this.limits = UploadLimits.of(environment);
	}

	@ExceptionHandler(WebProblem.class)
	ModelAndView problem(WebProblem problem, HttpServletRequest request) {
		return respond(request, problem.status(), problem.getMessage());
	}

	@ExceptionHandler(UserAccountException.class)
	ModelAndView userAccount(UserAccountException ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		return respond(request, status, ex.getMessage());
	}

	/** Outside the caller's scope is answered as not found, so that the answer does not tell that it exists. */
	@ExceptionHandler(OutOfScope.class)
	ModelAndView outOfScope(OutOfScope ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(AcknowledgementRefused.class)
	ModelAndView acknowledgementRefused(AcknowledgementRefused ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_THE_AGENT -> HttpStatus.FORBIDDEN;
			case ALREADY -> HttpStatus.CONFLICT;
		};
		return respond(request, status, ex.getMessage());
	}

	@ExceptionHandler(DisputeRefused.class)
	ModelAndView dispute(DisputeRefused ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case BAD_INPUT -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
		};
		return respond(request, status, ex.getMessage());
	}

	@ExceptionHandler(ScheduleException.class)
	ModelAndView schedule(ScheduleException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "规则表无效 " + ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.CONTENT_TOO_LARGE, limits.tooLarge());
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MissingServletRequestParameterException.class })
	ModelAndView missing(Exception ex, HttpServletRequest request) {
		String name = ex instanceof MissingServletRequestPartException part ? part.getRequestPartName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		return respond(request, HttpStatus.BAD_REQUEST, "缺少内容 missing '" + name + "' in the request");
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView badUpload(MultipartException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST,
				"上传失败 the upload could not be read: send the files as multipart/form-data and try again");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView wrongType(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "格式不对 '" + ex.getValue() + "' is not a valid " + ex.getName());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ModelAndView unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST,
				"请求无效 the request body is not the JSON expected here: see the API in README.md");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView noPage(NoResourceFoundException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, "页面不存在 there is no page " + request.getRequestURI());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse mvc && mvc.getStatusCode().is4xxClientError()) {
			// Spring MVC's own (wrong method, media type...): their status, a plain message
			return respond(request, mvc.getStatusCode(),
					"请求无效 this request is not accepted here (" + mvc.getStatusCode().value() + ")");
		}
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, logged(request.getMethod() + " " + request.getRequestURI(), ex));
	}

	/** Logs an unexpected failure with a reference and returns the message that gives the user the reference. */
	static String logged(String what, Throwable ex) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("{} failed (reference {})", what, reference, ex);
		return "出错了 something went wrong on our side; it has been logged with reference " + reference
				+ ". Please try again or tell the administrator the reference.";
	}

	/** Page or JSON by the path asked for: in the container's error dispatch, the path before {@code /error}. */
	static ModelAndView respond(HttpServletRequest request, HttpStatusCode status, String message) {
		Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = asked instanceof String original ? original : request.getRequestURI();
		return respond(isApi(request.getContextPath(), uri), status, message);
	}

	static boolean isApi(String contextPath, String uri) {
		return uri != null && (uri.equals(contextPath + "/api") || uri.startsWith(contextPath + "/api/"));
	}

	/** {@code {"error": message}} for the API, else the error page; with the status. */
	static ModelAndView respond(boolean api, HttpStatusCode status, String message) {
		ModelAndView view;
		if (api) {
			JacksonJsonView json = new JacksonJsonView();
			// only the message: a controller's model (the signed-in user of LayoutAdvice) stays out
			json.setModelKeys(Set.of("error"));
			view = new ModelAndView(json, Map.of("error", message));
		}
		else {
			view = new ModelAndView("error");
			view.addObject("status", status.value());
			view.addObject("message", message);
			view.addObject("me", LayoutAdvice.currentUser());
		}
		view.setStatus(status);
		return view;
	}

}
