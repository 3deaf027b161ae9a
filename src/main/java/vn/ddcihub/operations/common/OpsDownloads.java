package vn.ddcihub.operations.common;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.ddcihub.operations.common.OpsFiles.StoredFile;

/** A stored file as a download: its type, its name (UTF-8), never shown inline. */
public final class OpsDownloads {

	private OpsDownloads() {
	}

	public static ResponseEntity<byte[]> download(StoredFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
