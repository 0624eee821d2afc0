package org.cutis.mohs.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The operative report as an inline PDF download. */
final class PdfResponse {
	private PdfResponse() {
	}

	static ResponseEntity<byte[]> of(UUID caseId, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("mohs-operative-report-" + caseId + ".pdf").build().toString())
			.body(pdf);
	}
}
