package com.conductledger.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file appears under its name only once it is whole: it is written to a hidden partial
 * name beside it ({@code .payroll-2026-11.csv.part}) and moved into place, atomically where the file
 * system can. A reader (payroll, a manager's download) never sees half a file, and a run killed
 * while writing leaves the previous file as it was.
 */
public final class AtomicFile {

	private AtomicFile() {
	}

	/** The partial name the file is written under until it is whole. */
	public static Path partial(Path target) {
		return target.resolveSibling("." + target.getFileName() + ".part");
	}

	/** Writes the bytes to {@code target} through a partial file. */
	public static void write(Path target, byte[] bytes) {
		Path partial = partial(target);
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			Files.write(partial, bytes);
			moveIntoPlace(partial, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
		}
		finally {
			deleteQuietly(partial);
		}
	}

	/** Moves a whole partial file over {@code target}. */
	public static void moveIntoPlace(Path partial, Path target) throws IOException {
		try {
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Removes a partial file left by a failure; a leftover is harmless, the next write replaces it. */
	public static void deleteQuietly(Path partial) {
		try {
			Files.deleteIfExists(partial);
		}
		catch (IOException ex) {
			partial.toFile().deleteOnExit();
		}
	}

}
