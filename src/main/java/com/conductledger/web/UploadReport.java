package com.conductledger.web;

import java.time.LocalDateTime;
import java.util.List;

import com.conductledger.ingest.FileOutcome;
import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.RetriedRows;
import com.conductledger.ingest.store.RejectedRowStore.RejectedLine;
import com.conductledger.ingest.store.SourceFile;

/**
 * What came of one uploaded file: {@code result} is TAKEN, UNCHANGED (the same content was taken
 * before), FAILED (unreadable; {@code failure} says why) or NOT_TAKEN (not a file of this page),
 * with every problem of every rejected row, the text encoding a CSV was read in, and for a people
 * file the earlier rows its people let be taken.
 */
public record UploadReport(String name, InputKind kind, String result, int taken, int rejected, String failure,
		Long sourceFileId, LocalDateTime receivedAt, List<RejectedLine> rejectedRows, String encoding,
		List<RetriedRows> retried) {

	public static final String NOT_TAKEN = "NOT_TAKEN";

	public UploadReport {
		rejectedRows = List.copyOf(rejectedRows);
		retried = retried == null ? List.of() : List.copyOf(retried);
	}

	static UploadReport of(FileOutcome outcome, LocalDateTime receivedAt, List<RejectedLine> lines) {
		String result = outcome.result() == FileOutcome.Result.IGNORED ? NOT_TAKEN : outcome.result().name();
		return new UploadReport(outcome.name(), outcome.kind(), result, outcome.taken(), outcome.rejected(),
				outcome.failure(), outcome.sourceFileId(), receivedAt, lines, outcome.encoding(), outcome.retried());
	}

	static UploadReport of(SourceFile file, List<RejectedLine> lines) {
		String result = switch (file.getStatus()) {
			case COMPLETE -> FileOutcome.Result.TAKEN.name();
			case FAILED -> FileOutcome.Result.FAILED.name();
			case RECEIVED -> "RECEIVED";
		};
		return new UploadReport(file.getFileName(), file.getKind(), result, file.getRowsTaken(), file.getRowsRejected(),
				file.getFailure(), file.getId(), file.getReceivedAt(), lines, file.getEncoding(), List.of());
	}

	static UploadReport notTaken(String name, String reason) {
		return new UploadReport(name, null, NOT_TAKEN, 0, 0, reason, null, null, List.of(), null, List.of());
	}

	/** The result in Chinese and English, for the page: a file read with rejected rows says so. */
	public String resultLabel() {
		return switch (result) {
			case "TAKEN" -> rowsLabel("已导入 Taken");
			case "UNCHANGED" -> rowsLabel("未变化 Unchanged: the same content was taken before");
			case "FAILED" -> "失败 Failed";
			case "RECEIVED" -> "处理中 Received, not finished";
			default -> "未接收 Not taken";
		};
	}

	/**
	 * The badge's colour class: {@code ok} (green) when every row was taken, {@code warn} (amber)
	 * when some rows were rejected or the file held none, {@code bad} (red) when no row was taken
	 * or the file was not read; a file seen before keeps its own {@code UNCHANGED} look when clean.
	 */
	public String badge() {
		if (!ok()) {
			return "RECEIVED".equals(result) ? result : "bad";
		}
		if (rejected > 0) {
			return taken == 0 ? "bad" : "warn";
		}
		if (taken == 0) {
			return "warn";
		}
		return "UNCHANGED".equals(result) ? "UNCHANGED" : "ok";
	}

	public boolean ok() {
		return result.equals("TAKEN") || result.equals("UNCHANGED");
	}

	private String rowsLabel(String label) {
		if (rejected > 0 && taken == 0) {
			return "未导入任何行 No row taken: all " + rejected + " rejected (" + label + ")";
		}
		if (rejected > 0) {
			return "部分导入 Some rows rejected: " + taken + " taken, " + rejected + " rejected (" + label + ")";
		}
		if (taken == 0) {
			return "无数据行 No data rows (" + label + ")";
		}
		return label;
	}

}
