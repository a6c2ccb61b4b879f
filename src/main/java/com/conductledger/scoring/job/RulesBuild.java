package com.conductledger.scoring.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The scoring code itself, as a SHA-256 of the class files of the scoring and schedule packages:
 * part of every day's fingerprint, so that a new release of the rules scores every day again
 * instead of taking a day's entries from a run the old rules made.
 */
@Component
class RulesBuild {

	private static final String[] PACKAGES = { "classpath*:com/conductledger/scoring/**/*.class",
			"classpath*:com/conductledger/schedule/**/*.class" };

	private final String sha256;

	RulesBuild() {
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			List<Resource> classes = new ArrayList<>();
			for (String pattern : PACKAGES) {
				classes.addAll(Arrays.asList(resolver.getResources(pattern)));
			}
			classes.sort(Comparator.comparing(RulesBuild::path));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Resource type : classes) {
				digest.update(path(type).getBytes(StandardCharsets.UTF_8));
				try (InputStream in = type.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			this.sha256 = HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the scoring classes to fingerprint them", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String sha256() {
		return sha256;
	}

	/** The class's path from its package root, the same in a jar and in target/classes. */
	private static String path(Resource type) {
		try {
			String url = type.getURL().toString();
			return url.substring(url.lastIndexOf("com/conductledger/"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
