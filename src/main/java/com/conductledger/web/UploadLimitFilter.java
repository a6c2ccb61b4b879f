package com.conductledger.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * Checks an upload's size before anything reads its form fields: a body over the request limit is
 * refused by its declared length unread, and one with a file over the file limit when it is
 * parsed. Without this the security filters' look for the form's CSRF field would meet the failed
 * parse and answer "form expired"; with it the user gets 413 and the limits (from
 * {@link ErrorPages}: a page, or {@code {"error": ...}} for {@code /api}).
 */
final class UploadLimitFilter extends OncePerRequestFilter {

	private final UploadLimits limits;

	UploadLimitFilter(UploadLimits limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getContentType() == null
				|| !request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long max = limits.maxRequestBytes();
		if (max >= 0 && request.getContentLengthLong() > max) {
			refuse(request, response, new MaxUploadSizeExceededException(max));
			return;
		}
		try {
			request.getParts();
		}
		catch (IllegalStateException ex) {
			if (tooLarge(ex)) {
				refuse(request, response, new MaxUploadSizeExceededException(max, ex));
				return;
			}
			throw ex;
		}
		catch (ServletException | IOException ex) {
			// a body that is not valid multipart: the controller answers it (400 with the reason)
		}
		chain.doFilter(request, response);
	}

	/**
	 * 413 through the container's error page; the exception kept as the error's tells the
	 * DispatcherServlet not to parse the upload again while it renders that page.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, MultipartException tooLarge)
			throws IOException {
		request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, tooLarge);
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

	/** Tomcat reports a limit as an IllegalStateException caused by a size exception. */
	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("SizeLimitExceeded") || name.contains("SizeException")
					|| String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("exceed")) {
				return true;
			}
		}
		return false;
	}

}
