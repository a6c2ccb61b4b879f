package com.conductledger.ingest.store;

import java.util.Locale;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the raw bytes of every file received, named by their sha256, so that nothing sent is ever
 * lost and a rejected row can always be looked up in the file as it came.
 */
@Component
public class RawFileArchive {

	private final Path root;

	public RawFileArchive(@Value("${ledger.archive-dir}") Path root) {
		this.root = root;
	}

	/** Copies the file into the archive (once per content) and returns where it lies and its sha256. */
	public Archived keep(Path file) {
		try {
			Files.createDirectories(root);
			Path temporary = Files.createTempFile(root, "receiving-", ".part");
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = Files.newInputStream(file);
					OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
				size = in.transferTo(out);
			}
			String hash = HexFormat.of().formatHex(sha256.digest());
			Path target = root.resolve(hash.substring(0, 2)).resolve(hash + extensionOf(file));
			Files.createDirectories(target.getParent());
			if (Files.exists(target)) {
				Files.delete(temporary);
			}
			else {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			return new Archived(target.toAbsolutePath(), hash, size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot archive " + file + ": " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String extensionOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
	}

	public record Archived(Path path, String sha256, long sizeBytes) {
	}

}
