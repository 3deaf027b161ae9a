package vn.ddcihub.index.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.IndexService.ImportSummary;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.BusyException;

class ResultImportsTest {

	/** An import that runs until it is let go. */
	static final class SlowIndex extends IndexService {

		final CountDownLatch started = new CountDownLatch(1);

		final CountDownLatch finish = new CountDownLatch(1);

		SlowIndex() {
			super(null, null, null, null, null, null, null, null);
		}

		@Override
		public ImportSummary importResults(int year, Block block, String fileName, InputStreamSource content,
				boolean createUnits) {
			started.countDown();
			try {
				finish.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return new ImportSummary(year, block, fileName, 0, 0, 0, 0, List.of());
		}

	}

	@Test
	void anImportBeyondTheSlotsIsRefusedWithATimeToRetry() throws Exception {
		SlowIndex index = new SlowIndex();
		ResultImports imports = new ResultImports(index, 1);
		Thread first = new Thread(() -> imports.importFile(2090, Block.DEPARTMENT, "a.csv", 10,
				new ByteArrayResource(new byte[10]), false));
		first.start();
		assertThat(index.started.await(10, TimeUnit.SECONDS)).isTrue();
		try {
			assertThatThrownBy(() -> imports.importFile(2090, Block.DEPARTMENT, "b.csv", 10,
					new ByteArrayResource(new byte[10]), false))
				.isInstanceOfSatisfying(BusyException.class, e -> {
					assertThat(e.retryAfterSeconds()).isPositive();
					assertThat(e.getCodes()).containsExactly("error.busy.imports");
				});
		}
		finally {
			index.finish.countDown();
			first.join();
		}
		assertThat(imports.importFile(2090, Block.DEPARTMENT, "c.csv", 10, new ByteArrayResource(new byte[10]), false)
			.file()).isEqualTo("c.csv");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
		ResultImports imports = new ResultImports(new SlowIndex(), 1);
		assertThatThrownBy(
				() -> imports.importFile(2090, Block.DEPARTMENT, "lon.csv", ResultFileParser.MAX_BYTES + 1, () -> {
					throw new AssertionError("read");
				}, false))
			.isInstanceOfSatisfying(BadInputException.class,
					e -> assertThat(e.problems()).singleElement().satisfies(p -> {
						assertThat(p.file()).isEqualTo("lon.csv");
						assertThat(p.message()).contains("10 MB");
					}));
	}

}
