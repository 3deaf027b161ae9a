package vn.ddcihub.index.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.index.Block;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * Changes to the assessed units (đơn vị được đánh giá) of a block: adding, renaming, and
 * linking each to the DDCI Hub organisation it is.
 */
@Service
public class AssessedUnits {

	private final IndexRepository repository;

	private final AuditTrail audit;

	private final OrgDirectory directory;

	private final EditionResultsCache cache;

	AssessedUnits(IndexRepository repository, AuditTrail audit, OrgDirectory directory, EditionResultsCache cache) {
		this.repository = repository;
		this.audit = audit;
		this.directory = directory;
		this.cache = cache;
	}

	/** Adds an assessed unit to a block; refuses a code the block already has. */
	@Transactional
	public AssessedUnit createUnit(AssessedUnit unit) {
		if (unit.code() != null && unit.block() != null
				&& repository.unit(unit.block(), unit.code().strip().toUpperCase(Locale.ROOT)).isPresent()) {
			throw new BadInputException(List.of(InputProblem.field("code",
					"Mã đơn vị " + unit.code().strip().toUpperCase(Locale.ROOT) + " đã có trong "
							+ IndexService.blockName(unit.block()).toLowerCase(Locale.ROOT)
							+ "; hãy sửa đơn vị đó trong danh sách")));
		}
		return saveUnit(unit);
	}

	/**
	 * Renames an existing assessed unit and links it to an organisation (or unlinks it:
	 * null).
	 */
	@Transactional
	public AssessedUnit updateUnit(Block block, String code, String name, Long organisationId) {
		AssessedUnit existing = repository.unit(block, code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("index.notFound.unit", code));
		return saveUnit(new AssessedUnit(existing.code(), name, block, organisationId));
	}

	@Transactional
	public AssessedUnit saveUnit(AssessedUnit unit) {
		List<InputProblem> unitProblems = new ArrayList<>();
		if (unit.code() == null || unit.code().isBlank()) {
			unitProblems.add(InputProblem.field("code", "Cần mã đơn vị (ví dụ STNMT)"));
		}
		if (unit.name() == null || unit.name().isBlank()) {
			unitProblems.add(InputProblem.field("name", "Cần tên đơn vị"));
		}
		if (unit.block() == null) {
			unitProblems.add(InputProblem.field("block", "Cần chọn khối"));
		}
		if (unit.organisationId() != null && directory.organisation(unit.organisationId()).isEmpty()) {
			unitProblems.add(InputProblem.field("organisationId",
					"Không có cơ quan số " + unit.organisationId() + " trong DDCI Hub"));
		}
		if (!unitProblems.isEmpty()) {
			throw new BadInputException(unitProblems);
		}
		AssessedUnit normalised = new AssessedUnit(unit.code().strip().toUpperCase(Locale.ROOT), unit.name().strip(),
				unit.block(), unit.organisationId());
		Optional<AssessedUnit> before = repository.unit(normalised.block(), normalised.code());
		repository.saveUnit(normalised);
		cache.touch(normalised.block());
		audit.record(IndexAuditKind.ASSESSED_UNIT, normalised.block() + "-" + normalised.code(),
				before.isPresent() ? AuditTrail.Action.UPDATE : AuditTrail.Action.CREATE, before.orElse(null),
				normalised, normalised.organisationId());
		return normalised;
	}

}
