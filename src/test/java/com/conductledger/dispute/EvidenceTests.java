package com.conductledger.dispute;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Test
	void aPngIsKnownByItsFirstBytesAndKeptWithItsSha256() {
		Evidence evidence = Evidence.of("note.png", PNG);
		assertThat(evidence.contentType()).isEqualTo("image/png");
		assertThat(evidence.sha256()).hasSize(64).isEqualTo(Evidence.sha256(PNG));
	}

	@Test
	void pdfAndJpegAreTaken() {
		assertThat(Evidence.of("a.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).contentType()).isEqualTo("application/pdf");
		assertThat(Evidence.of("a.JPG", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }).contentType())
			.isEqualTo("image/jpeg");
	}

	@Test
	void aTextFileNamedPdfIsRefusedByItsContent() {
		assertThatThrownBy(() -> Evidence.of("doctor.pdf", "I was ill".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DisputeRefused.class)
			.hasMessageContaining("not a PDF, PNG or JPEG");
	}

	@Test
	void aPngNamedPdfIsRefused() {
		assertThatThrownBy(() -> Evidence.of("scan.pdf", PNG)).hasMessageContaining("image/png");
	}

	@Test
	void aFileOverFiveMegabytesIsRefused() {
		byte[] big = new byte[Evidence.MAX_BYTES + 1];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		assertThatThrownBy(() -> Evidence.of("big.png", big)).isInstanceOfSatisfying(DisputeRefused.class,
				refused -> assertThat(refused.kind()).isEqualTo(DisputeRefused.Kind.TOO_LARGE));
		assertThat(Evidence.of("max.png", java.util.Arrays.copyOf(big, Evidence.MAX_BYTES)).contentType()).isEqualTo("image/png");
	}

}
