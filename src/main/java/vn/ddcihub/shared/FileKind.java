package vn.ddcihub.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The kinds of uploaded file the application accepts as evidence, attachments and
 * documents (PDF, DOCX, XLSX, JPG, PNG), told from the content — the first bytes, and for
 * DOCX/XLSX the {@code word/} or {@code xl/} part of the ZIP package — never from the
 * name alone; the name's extension must then agree.
 */
public enum FileKind {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), JPG("image/jpeg", "jpg", "jpeg"),
	PNG("image/png", "png");

	/** A ZIP package is read this far for its parts before it is refused as unknown. */
	private static final int MAX_ZIP_ENTRIES = 2000;

	private final String mediaType;

	private final List<String> extensions;

	FileKind(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	public String mediaType() {
		return mediaType;
	}

	/** Whether {@code fileName} ends with one of this kind's extensions. */
	public boolean named(String fileName) {
		return extensions.contains(extension(fileName));
	}

	/** The extension of a file name, lower case, without the dot; blank when none. */
	public static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** The kind of the content; empty when it is none of the accepted kinds. */
	public static Optional<FileKind> of(InputStream content) throws IOException {
		byte[] head = content.readNBytes(8);
		if (starts(head, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of(PDF);
		}
		if (starts(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (starts(head, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPG);
		}
		if (starts(head, 0x50, 0x4B, 0x03, 0x04)) {
			try (ZipInputStream zip = new ZipInputStream(
					new SequenceInputStream(new ByteArrayInputStream(head), content))) {
				ZipEntry entry;
				int seen = 0;
				while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
					if (entry.getName().startsWith("word/")) {
						return Optional.of(DOCX);
					}
					if (entry.getName().startsWith("xl/")) {
						return Optional.of(XLSX);
					}
				}
			}
			catch (ZipException broken) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] head, int... expected) {
		if (head.length < expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((head[i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
