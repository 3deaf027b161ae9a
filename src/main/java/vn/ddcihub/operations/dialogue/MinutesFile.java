package vn.ddcihub.operations.dialogue;

import java.util.Locale;
import java.util.Set;

import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;

/**
 * An uploaded minutes file (biên bản): PDF, Word or a scan, at most 10 MB. Checked when
 * read, so a wrong file is a problem on the field and never a 500.
 */
public record MinutesFile(String fileName, String contentType, byte[] content) {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "jpg", "jpeg", "png", "odt");

	/** The file of a form, or null when none was chosen. */
	public static MinutesFile of(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		String name = file.getOriginalFilename() == null ? "bien-ban" : file.getOriginalFilename();
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (!EXTENSIONS.contains(extension)) {
			throw new BadInputException(java.util.List.of(InputProblem.field("minutes",
					"Biên bản “" + name + "” phải là tệp PDF, Word (.doc, .docx, .odt) hoặc ảnh (.jpg, .png).")));
		}
		if (file.getSize() > MAX_BYTES) {
			throw new BadInputException(
					java.util.List.of(InputProblem.field("minutes", "Biên bản “" + name + "” lớn hơn 10 MB.")));
		}
		try {
			String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
			return new MinutesFile(name.length() > 255 ? name.substring(name.length() - 255) : name, type,
					file.getBytes());
		}
		catch (java.io.IOException ex) {
			throw new BadInputException(
					java.util.List.of(InputProblem.field("minutes", "Không đọc được biên bản “" + name + "”.")));
		}
	}

}
