package com.conductledger.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's session against the running server over real HTTP: its own cookies, the login
 * form with its CSRF token, and the API's token from {@code GET /api/me}.
 */
public final class HttpClientSession {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern API_TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	private final String base;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private String apiToken;

	public HttpClientSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Logs in by the form; returns the login's answer (a redirect to where it went). */
	public HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
		String form = get("/login").body();
		Matcher token = FORM_TOKEN.matcher(form);
		if (!token.find()) {
			throw new IllegalStateException("the login form has no CSRF token: " + form);
		}
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Reads the API's CSRF token once signed in, for the POSTs that follow. */
	public HttpClientSession withApiToken() throws IOException, InterruptedException {
		Matcher token = API_TOKEN.matcher(get("/api/me").body());
		if (!token.find()) {
			throw new IllegalStateException("GET /api/me gave no token");
		}
		apiToken = token.group(1);
		return this;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).header("Accept", "text/html,application/json").GET());
	}

	public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json").header("X-CSRF-TOKEN", apiToken)
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A multipart POST of one file part named {@code files}, as a script sends it: the API token in the header. */
	public HttpResponse<String> upload(String path, String fileName, byte[] content) throws IOException, InterruptedException {
		return send(multipart(request(path).header("X-CSRF-TOKEN", String.valueOf(apiToken)), fileName, content, null));
	}

	/**
	 * A multipart POST of one file part of {@code size} bytes from the page at {@code formPage}, as
	 * a browser sends the form: the file, then the form's CSRF field.
	 */
	public HttpResponse<String> uploadForm(String formPage, String path, String fileName, long size)
			throws IOException, InterruptedException {
		Matcher token = FORM_TOKEN.matcher(get(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException(formPage + " has no form with a CSRF token");
		}
		HttpRequest.BodyPublisher file = HttpRequest.BodyPublishers.fromPublisher(
				HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
					private long left = size;

					@Override
					public int read() {
						return left-- > 0 ? 'x' : -1;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) {
						if (left <= 0) {
							return -1;
						}
						int n = (int) Math.min(length, left);
						Arrays.fill(buffer, offset, offset + n, (byte) 'x');
						left -= n;
						return n;
					}
				}), size);
		return send(multipart(request(path).header("Accept", "text/html"), fileName, file, token.group(1)));
	}

	private static HttpRequest.Builder multipart(HttpRequest.Builder request, String fileName, byte[] content,
			String formToken) {
		return multipart(request, fileName, HttpRequest.BodyPublishers.ofByteArray(content), formToken);
	}

	private static HttpRequest.Builder multipart(HttpRequest.Builder request, String fileName,
			HttpRequest.BodyPublisher content, String formToken) {
		String boundary = "ledger-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		String field = formToken == null ? ""
				: "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + formToken;
		byte[] tail = (field + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), content,
					HttpRequest.BodyPublishers.ofByteArray(tail)));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
