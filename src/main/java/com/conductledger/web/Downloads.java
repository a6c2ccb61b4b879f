package com.conductledger.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file as an attachment, with the content type of its extension. */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<Resource> of(Path file) {
		return of(new FileSystemResource(file), file.getFileName().toString());
	}

	public static ResponseEntity<Resource> of(Resource resource, String fileName) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(contentType(fileName))
			.body(resource);
	}

	static MediaType contentType(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
		if (name.endsWith(".pdf")) {
			return MediaType.APPLICATION_PDF;
		}
		if (name.endsWith(".csv")) {
			return new MediaType("text", "csv", StandardCharsets.UTF_8);
		}
		if (name.endsWith(".json")) {
			return MediaType.APPLICATION_JSON;
		}
		return MediaType.APPLICATION_OCTET_STREAM;
	}

}
