package vn.ddcihub.execution.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark's report as Word and PDF into a folder and prints their sizes and
 * the time of one cold rendering, so {@code bench/consolidated.sh} shows what it
 * measured.
 */
public final class ConsolidatedSample {

	private ConsolidatedSample() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "target/bench");
		Files.createDirectories(folder);
		ConsolidatedDocxBenchmark benchmark = new ConsolidatedDocxBenchmark();
		long start = System.nanoTime();
		benchmark.setUp();
		byte[] docx = benchmark.docx();
		long cold = System.nanoTime() - start;
		byte[] pdf = benchmark.pdf();
		Files.write(folder.resolve("bao-cao-tong-hop-lon.docx"), docx);
		Files.write(folder.resolve("bao-cao-tong-hop-lon.pdf"), pdf);
		System.out.printf(
				"10 units × 30 tasks: Word %,d bytes (first rendering in a fresh JVM %d ms), PDF %,d bytes, in %s%n",
				docx.length, cold / 1_000_000, pdf.length, folder);
	}

}
