package vn.ddcihub.execution;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file of any size that is generated as it is read ("%PDF-" then zeros), so a
 * test of a 50 MB upload holds no 50 MB in memory.
 */
final class GeneratedFile implements MultipartFile {

	private final String name;

	private final String fileName;

	private final long size;

	GeneratedFile(String name, String fileName, long size) {
		this.name = name;
		this.fileName = fileName;
		this.size = size;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public String getOriginalFilename() {
		return fileName;
	}

	@Override
	public String getContentType() {
		return "application/pdf";
	}

	@Override
	public boolean isEmpty() {
		return size == 0;
	}

	@Override
	public long getSize() {
		return size;
	}

	@Override
	public byte[] getBytes() {
		throw new UnsupportedOperationException("read it as a stream");
	}

	@Override
	public InputStream getInputStream() {
		return new InputStream() {

			private long position;

			@Override
			public int read() {
				if (position >= size) {
					return -1;
				}
				byte[] head = "%PDF-".getBytes();
				int value = position < head.length ? head[(int) position] : 0;
				position++;
				return value;
			}
		};
	}

	@Override
	public void transferTo(File dest) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void transferTo(Path dest) throws java.io.IOException {
		try (InputStream in = getInputStream(); OutputStream out = Files.newOutputStream(dest)) {
			in.transferTo(out);
		}
	}

}
