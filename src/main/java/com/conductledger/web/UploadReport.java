package com.conductledger.web;

import java.time.LocalDateTime;
import java.util.List;

import com.conductledger.ingest.FileOutcome;
import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.store.RejectedRowStore.RejectedLine;
import com.conductledger.ingest.store.SourceFile;

/**
 * What came of one uploaded file: {@code result} is TAKEN, UNCHANGED (the same content was taken
 * before), FAILED (unreadable; {@code failure} says why) or NOT_TAKEN (not a file of this page),
 * with every problem of every rejected row.
 */
public record UploadReport(String name, InputKind kind, String result, int taken, int rejected, String failure,
		Long sourceFileId, LocalDateTime receivedAt, List<RejectedLine> rejectedRows) {

	public static final String NOT_TAKEN = "NOT_TAKEN";

	public UploadReport {
		rejectedRows = List.copyOf(rejectedRows);
	}

	static UploadReport of(FileOutcome outcome, LocalDateTime receivedAt, List<RejectedLine> lines) {
		String result = outcome.result() == FileOutcome.Result.IGNORED ? NOT_TAKEN : outcome.result().name();
		return new UploadReport(outcome.name(), outcome.kind(), result, outcome.taken(), outcome.rejected(),
				outcome.failure(), outcome.sourceFileId(), receivedAt, lines);
	}

	static UploadReport of(SourceFile file, List<RejectedLine> lines) {
		String result = switch (file.getStatus()) {
			case COMPLETE -> FileOutcome.Result.TAKEN.name();
			case FAILED -> FileOutcome.Result.FAILED.name();
			case RECEIVED -> "RECEIVED";
		};
		return new UploadReport(file.getFileName(), file.getKind(), result, file.getRowsTaken(), file.getRowsRejected(),
				file.getFailure(), file.getId(), file.getReceivedAt(), lines);
	}

	static UploadReport notTaken(String name, String reason) {
		return new UploadReport(name, null, NOT_TAKEN, 0, 0, reason, null, null, List.of());
	}

	/** The result in Chinese and English, for the page. */
	public String resultLabel() {
		return switch (result) {
			case "TAKEN" -> "已导入 Taken";
			case "UNCHANGED" -> "未变化 Unchanged: the same content was taken before";
			case "FAILED" -> "失败 Failed";
			case "RECEIVED" -> "处理中 Received, not finished";
			default -> "未接收 Not taken";
		};
	}

	public boolean ok() {
		return result.equals("TAKEN") || result.equals("UNCHANGED");
	}

}
