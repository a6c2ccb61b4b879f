package com.conductledger.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' templates hold nothing the Content-Security-Policy (script-src and style-src
 * 'self') would refuse in a browser: no style attributes or elements, no inline scripts, no
 * event-handler attributes, no javascript: links.
 */
class TemplatesObeyTheContentSecurityPolicyTests {

	private static final List<Pattern> REFUSED = List.of(Pattern.compile("\\sstyle\\s*="), Pattern.compile("<style"),
			Pattern.compile("<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)"), Pattern.compile("\\son[a-z]+\\s*="),
			Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

	@Test
	void noTemplateHasInlineStylesOrScripts() throws IOException {
		List<Path> templates;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			templates = files.filter(file -> file.toString().endsWith(".html")).toList();
		}

		assertThat(templates).hasSizeGreaterThan(10);
		for (Path template : templates) {
			String html = Files.readString(template);
			for (Pattern refused : REFUSED) {
				assertThat(refused.matcher(html).find()).as("%s has %s", template, refused).isFalse();
			}
		}
	}

}
