package vn.ddcihub.index.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text of an uploaded file read as UTF-8 and nothing else: a byte that is not UTF-8 (a
 * file saved as Windows-1258, TCVN3 or VNI, or damaged) stops the reading with the line
 * it is on, instead of becoming a replacement character that would be stored. A UTF-8
 * byte order mark at the start is skipped. Lines are counted as the bytes are decoded, so
 * the line is exact whatever the reader downstream buffers.
 */
final class StrictUtf8Reader extends Reader {

	/** The file is not UTF-8 from this line on. */
	static final class NotUtf8Exception extends RuntimeException {

		private final int line;

		NotUtf8Exception(int line) {
			super("not UTF-8 from line " + line);
			this.line = line;
		}

		int line() {
			return line;
		}

	}

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();

	private final CharBuffer chars = CharBuffer.allocate(8192).flip();

	private int newlines;

	/** How much of {@link #chars} has been searched for newlines. */
	private int counted;

	private boolean endOfInput;

	private boolean started;

	StrictUtf8Reader(InputStream in) {
		this.in = in;
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!chars.hasRemaining() && !fill()) {
			return -1;
		}
		int n = Math.min(length, chars.remaining());
		chars.get(target, offset, n);
		return n;
	}

	/** Decodes the next characters; false at the end of the text. */
	private boolean fill() throws IOException {
		chars.clear();
		counted = 0;
		while (chars.position() == 0) {
			CoderResult result = decoder.decode(bytes, chars, endOfInput);
			countNewlines();
			if (result.isError()) {
				throw new NotUtf8Exception(newlines + 1);
			}
			if (result.isUnderflow()) {
				if (endOfInput) {
					decoder.flush(chars);
					break;
				}
				bytes.compact();
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (read < 0) {
					endOfInput = true;
				}
				else {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
			}
		}
		chars.flip();
		if (!started && chars.hasRemaining()) {
			started = true;
			if (chars.get(0) == '\uFEFF') {
				chars.get();
			}
		}
		return chars.hasRemaining() || fillAgainAfterBom();
	}

	/** A file holding nothing but the byte order mark has ended; otherwise read on. */
	private boolean fillAgainAfterBom() throws IOException {
		return !endOfInput && fill();
	}

	private void countNewlines() {
		for (int i = counted; i < chars.position(); i++) {
			if (chars.get(i) == '\n') {
				newlines++;
			}
		}
		counted = chars.position();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
