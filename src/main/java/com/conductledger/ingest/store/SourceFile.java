package com.conductledger.ingest.store;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.conductledger.ingest.InputKind;

/** A file received: what it was, its content's sha256, where the raw copy is kept, and what came of it. */
@Entity
@Table(name = "source_file")
public class SourceFile {

	public enum Status {
		RECEIVED, COMPLETE, FAILED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private InputKind kind;

	@Column(nullable = false, length = 64, columnDefinition = "char(64)")
	private String sha256;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "archive_path", nullable = false, length = 1000)
	private String archivePath;

	@Column(name = "received_at", nullable = false)
	private LocalDateTime receivedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status;

	@Column(name = "rows_taken", nullable = false)
	private int rowsTaken;

	@Column(name = "rows_rejected", nullable = false)
	private int rowsRejected;

	@Column(length = 1000)
	private String failure;

	/** The text encoding a CSV was read in ("UTF-8" or "GB18030"); null for workbooks. */
	@Column(length = 20)
	private String encoding;

	protected SourceFile() {
	}

	public SourceFile(String fileName, InputKind kind, String sha256, long sizeBytes, String archivePath,
			LocalDateTime receivedAt) {
		this.fileName = fileName;
		this.kind = kind;
		this.sha256 = sha256;
		this.sizeBytes = sizeBytes;
		this.archivePath = archivePath;
		this.receivedAt = receivedAt;
		this.status = Status.RECEIVED;
	}

	public void completed(int taken, int rejected) {
		this.status = Status.COMPLETE;
		this.rowsTaken = taken;
		this.rowsRejected = rejected;
		this.failure = null;
	}

	public void failed(String reason) {
		this.status = Status.FAILED;
		this.failure = Texts.truncate(reason, 1000);
	}

	/** Failed after some chunks were committed: the counts say what is in the database from it. */
	public void failed(String reason, int taken, int rejected) {
		failed(reason);
		this.rowsTaken = taken;
		this.rowsRejected = rejected;
	}

	/** The counts again, after a retry took some of the file's rejected rows. */
	public void recounted(int taken, int rejected) {
		this.rowsTaken = taken;
		this.rowsRejected = rejected;
	}

	public void readAs(String encoding) {
		this.encoding = encoding;
	}

	public Long getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}

	public InputKind getKind() {
		return kind;
	}

	public String getSha256() {
		return sha256;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getArchivePath() {
		return archivePath;
	}

	public LocalDateTime getReceivedAt() {
		return receivedAt;
	}

	public Status getStatus() {
		return status;
	}

	public int getRowsTaken() {
		return rowsTaken;
	}

	public int getRowsRejected() {
		return rowsRejected;
	}

	public String getFailure() {
		return failure;
	}

	public String getEncoding() {
		return encoding;
	}

}
