package com.conductledger.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.conductledger.web.OutputFile.Audience;

/**
 * A period's output folder, {@code ${ledger.output-dir}/YYYY-MM/}, written by the run and the
 * nightly job: lists and finds the files of {@link OutputFile} for one audience, nothing else.
 */
@Component
public class PeriodFolder {

	private final Path root;

	PeriodFolder(@Value("${ledger.output-dir}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The period's files for the audience that exist, by name. */
	public List<Download> list(String period, Audience audience) {
		Path folder = folder(period);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.map(file -> file.getFileName().toString())
				.flatMap(name -> kindOf(period, name, audience).map(kind -> new Download(name, kind.label(), kind)).stream())
				.sorted(Comparator.comparing(Download::name))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder + ": " + ex.getMessage(), ex);
		}
	}

	/** The file if its name is one of the audience's and it exists; otherwise a 404 saying which. */
	public Path find(String period, String fileName, Audience audience) {
		kindOf(period, fileName, audience).orElseThrow(
				() -> WebProblem.notFound("没有此文件 no file '" + fileName + "' for period " + period));
		Path folder = folder(period);
		Path file = folder.resolve(fileName).normalize();
		if (!file.getParent().equals(folder) || !Files.isRegularFile(file)) {
			throw WebProblem.notFound("文件尚未生成 " + fileName + " has not been written for period " + period
					+ " yet: it appears after the period's run");
		}
		return file;
	}

	private Path folder(String period) {
		return root.resolve(Periods.checkName(period));
	}

	private static Optional<OutputFile> kindOf(String period, String fileName, Audience audience) {
		return OutputFile.of(audience).stream().filter(kind -> kind.matches(period, fileName)).findFirst();
	}

	/** A file offered for download, with what it is. */
	public record Download(String name, String label, OutputFile kind) {

		/** One team's pack: a centre has hundreds, so pages list them apart from the period's main files. */
		public boolean teamPack() {
			return kind == OutputFile.TEAM_PDF_PACK;
		}

	}

}
