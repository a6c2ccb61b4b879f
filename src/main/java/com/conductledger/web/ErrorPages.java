package com.conductledger.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /error}, where the servlet container sends what it answers itself (an upload over the
 * limits, a failure outside the controllers): the same page or {@code {"error": ...}} as
 * {@link ErrorAdvice}, decided by the path first asked for. Reached directly it is a page that
 * does not exist, 404, never Boot's {@code {"status":999}}.
 */
@Controller
class ErrorPages implements ErrorController {

	private final UploadLimits limits;

	ErrorPages(Environment environment) {
		this.limits = UploadLimits.of(environment);
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (!(code instanceof Integer number) || uri == null) {
			return ErrorAdvice.respond(false, HttpStatus.NOT_FOUND, "页面不存在 there is no page " + request.getRequestURI());
		}
		HttpStatus status = HttpStatus.resolve(number);
		if (status == null || status.is2xxSuccessful() || status.is3xxRedirection()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return ErrorAdvice.respond(ErrorAdvice.isApi(request.getContextPath(), uri), status, message(status, uri, request));
	}

	private String message(HttpStatus status, String uri, HttpServletRequest request) {
		return switch (status) {
			case NOT_FOUND -> "页面不存在 there is no page " + uri;
			case CONTENT_TOO_LARGE -> limits.tooLarge();
			case UNAUTHORIZED -> "未登录 not signed in: log in at /login first";
			case FORBIDDEN -> "无权访问 your role does not allow this";
			default -> status.is5xxServerError()
					? ErrorAdvice.logged(uri + " answered " + status.value(),
							(Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
					: "请求无效 this request is not accepted here (" + status.value() + ")";
		};
	}

}
