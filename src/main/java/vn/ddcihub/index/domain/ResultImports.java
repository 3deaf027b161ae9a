package vn.ddcihub.index.domain;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.IndexService.ImportSummary;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.BusyException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Where pages and the API import results files: at most
 * {@code ddci.import.max-concurrent} imports run at once on this node (each holds its
 * rows and a database transaction), a further one waits a few seconds for a slot and is
 * then refused with 429 and a time to retry. The limit is per node: N nodes run at most N
 * × that many.
 */
@Component
public class ResultImports {

	/** How long an import waits for a slot before it is refused. */
	static final int WAIT_SECONDS = 3;

	/** When a refused client should try again. */
	static final int RETRY_AFTER_SECONDS = 10;

	private final IndexService index;

	private final Semaphore slots;

	ResultImports(IndexService index, @Value("${ddci.import.max-concurrent:2}") int maxConcurrent) {
		this.index = index;
		this.slots = new Semaphore(Math.max(1, maxConcurrent), true);
	}

	/**
	 * @param size the file's size in bytes, checked before anything is read
	 */
	public ImportSummary importFile(int year, Block block, String fileName, long size, InputStreamSource content,
			boolean createUnits) {
		if (size > ResultFileParser.MAX_BYTES) {
			throw new BadInputException(List.of(new InputProblem(fileName, null, null,
					"Tệp có " + VietnameseFormat.integer(size) + " byte, quá giới hạn 10 MB mỗi tệp: hãy chia tệp")));
		}
		boolean admitted;
		try {
			admitted = slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			throw new BusyException("error.busy.imports", RETRY_AFTER_SECONDS);
		}
		try {
			return index.importResults(year, block, fileName, content, createUnits);
		}
		finally {
			slots.release();
		}
	}

}
