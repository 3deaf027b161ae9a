package vn.ddcihub.index.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.ResultFileParser.ImportedRow;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;

/**
 * Demo editions 2018 (21 departments) and 2019 (23 departments) of the department block,
 * labelled as illustrative data (dữ liệu minh họa): STNMT carries the seed plan's
 * published figures, the other units' scores are invented. The seed gives STNMT's 2018
 * rank (16/21) but not its 2018 component scores, so those stand-ins are invented too.
 * STNMT's 2020 component targets are the seed plan's (plan demo data). Both editions are
 * published, so the public portal ({@code /cong-khai}) shows them, labelled illustrative.
 */
@Component
@Order(20)
public class IndexDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexDemoData.class);

	/** Who the audit-free demo publication names as publisher. */
	static final String DEMO_PUBLISHER = "demo";

	private final IndexRepository repository;

	private final OrgDirectory directory;

	private final TransactionTemplate transactions;

	private final boolean demo;

	IndexDemoData(IndexRepository repository, OrgDirectory directory, TransactionTemplate transactions,
			@Value("${ddci.demo:true}") boolean demo) {
		this.repository = repository;
		this.directory = directory;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || !repository.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			// Published, so the public portal has something to show; they are labelled
			// illustrative there too.
			repository.setPublication(load(2018, "demo/index/ddci-2018-so-ban-nganh.csv"), DEMO_PUBLISHER);
			repository.setPublication(load(2019, "demo/index/ddci-2019-so-ban-nganh.csv"), DEMO_PUBLISHER);
		});
		log.info("Loaded and published the illustrative DDCI editions 2018 and 2019 (department block)");
	}

	private long load(int year, String resource) {
		EditionDefinition definition = EditionDefinition.ddciDefault(year, Block.DEPARTMENT,
				"DDCI " + year + " – Khối sở, ban, ngành (dữ liệu minh họa)", true);
		long editionId = repository.saveDefinition(definition);
		byte[] content;
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			content = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<ImportedRow> rows = ResultFileParser.parse(resource, content, definition, code -> false, true);
		for (ImportedRow row : rows) {
			Long organisationId = directory.organisationByCode(row.unitCode()).map(Organisation::id).orElse(null);
			repository.saveUnit(new AssessedUnit(row.unitCode(), row.unitName(), Block.DEPARTMENT, organisationId));
			repository.saveResult(editionId, row.unitCode(), row.scores(), row.publishedTotal(), row.publishedRank());
		}
		return editionId;
	}

}
