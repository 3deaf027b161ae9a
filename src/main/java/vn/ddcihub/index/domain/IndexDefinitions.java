package vn.ddcihub.index.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * Edition definitions (định nghĩa kỳ đánh giá): components (chỉ số thành phần) and their
 * weights, indicators (chỉ tiêu), bands (nhóm xếp loại), and copying a definition to the
 * next year.
 */
@Service
@Transactional(readOnly = true)
public class IndexDefinitions {

	private final IndexRepository repository;

	private final AuditTrail audit;

	private final EditionResultsCache cache;

	IndexDefinitions(IndexRepository repository, AuditTrail audit, EditionResultsCache cache) {
		this.repository = repository;
		this.audit = audit;
		this.cache = cache;
	}

	public EditionDefinition definition(int year, Block block) {
		return repository.definition(year, block).orElseThrow(() -> IndexService.editionNotFound(year, block));
	}

	/**
	 * Creates or replaces an edition's definition (components, weights, indicators,
	 * bands).
	 */
	@Transactional
	public EditionDefinition saveDefinition(EditionDefinition definition) {
		validate(definition);
		Optional<EditionDefinition> before = repository.definition(definition.year(), definition.block());
		before.ifPresent(b -> refuseRemovingScoredComponents(b, definition));
		repository.saveDefinition(definition);
		cache.resultsChanged(definition.year(), definition.block());
		audit.record(IndexAuditKind.EDITION, definition.year() + "-" + definition.block(),
				before.isPresent() ? AuditTrail.Action.UPDATE : AuditTrail.Action.CREATE, before.orElse(null),
				definition, null);
		return definition;
	}

	/** A component may leave an edition only while no unit has a score for it. */
	private void refuseRemovingScoredComponents(EditionDefinition before, EditionDefinition after) {
		long editionId = repository.editionId(before.year(), before.block()).orElseThrow();
		List<InputProblem> problems = new ArrayList<>();
		for (ComponentDef component : before.components()) {
			if (after.componentIndex(component.code()) < 0) {
				int scored = repository.scoredUnits(editionId, component.code());
				if (scored > 0) {
					problems.add(InputProblem.field(component.code(),
							"Không thể xóa chỉ số thành phần " + component.code() + ": kỳ " + before.year()
									+ " đã có điểm của " + scored + " đơn vị cho chỉ số này. "
									+ "Chỉ xóa được chỉ số thành phần chưa có kết quả."));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
	}

	/**
	 * Adds a component to an edition; the English name defaults to the Vietnamese one,
	 * the order to the last.
	 */
	@Transactional
	public EditionDefinition addComponent(int year, Block block, ComponentDef component) {
		EditionDefinition current = definition(year, block);
		String code = component.code() == null ? "" : component.code().strip().toUpperCase(Locale.ROOT);
		if (!code.isEmpty() && current.componentIndex(code) >= 0) {
			throw new BadInputException(
					List.of(InputProblem.field(code, "Kỳ " + year + " đã có chỉ số thành phần mã " + code)));
		}
		String nameVi = component.nameVi() == null ? "" : component.nameVi().strip();
		String nameEn = component.nameEn() == null || component.nameEn().isBlank() ? nameVi
				: component.nameEn().strip();
		int order = component.order() > 0 ? component.order()
				: current.components().stream().mapToInt(ComponentDef::order).max().orElse(0) + 1;
		List<ComponentDef> components = new ArrayList<>(current.components());
		components.add(new ComponentDef(code, nameVi, nameEn, order, component.weight()));
		return saveDefinition(current.withComponents(components));
	}

	/** Removes a component that has no results and no indicators. */
	@Transactional
	public EditionDefinition removeComponent(int year, Block block, String code) {
		EditionDefinition current = definition(year, block);
		int index = current.componentIndex(code);
		if (index < 0) {
			throw new NotFoundException("index.notFound.component", year, code);
		}
		String componentCode = current.components().get(index).code();
		List<String> indicators = current.indicators()
			.stream()
			.filter(i -> componentCode.equalsIgnoreCase(i.componentCode()))
			.map(EditionDefinition.IndicatorDef::code)
			.toList();
		if (!indicators.isEmpty()) {
			throw new BadInputException(List
				.of(InputProblem.field(componentCode, "Không thể xóa chỉ số thành phần " + componentCode
						+ ": còn chỉ tiêu " + String.join(", ", indicators) + ". Hãy xóa các chỉ tiêu này trước.")));
		}
		List<ComponentDef> components = new ArrayList<>(current.components());
		components.remove(index);
		return saveDefinition(current.withComponents(components));
	}

	/** Adds an indicator (chỉ tiêu) to a component of an edition. */
	@Transactional
	public EditionDefinition addIndicator(int year, Block block, EditionDefinition.IndicatorDef indicator) {
		EditionDefinition current = definition(year, block);
		EditionDefinition.IndicatorDef normalised = new EditionDefinition.IndicatorDef(
				indicator.code() == null ? "" : indicator.code().strip().toUpperCase(Locale.ROOT),
				indicator.name() == null ? "" : indicator.name().strip(), indicator.polarity(),
				indicator.componentCode() == null ? null : indicator.componentCode().strip().toUpperCase(Locale.ROOT));
		List<EditionDefinition.IndicatorDef> indicators = new ArrayList<>(current.indicators());
		indicators.add(normalised);
		return saveDefinition(current.withIndicators(indicators));
	}

	@Transactional
	public EditionDefinition removeIndicator(int year, Block block, String code) {
		EditionDefinition current = definition(year, block);
		List<EditionDefinition.IndicatorDef> indicators = current.indicators()
			.stream()
			.filter(i -> !i.code().equalsIgnoreCase(code))
			.toList();
		if (indicators.size() == current.indicators().size()) {
			throw new NotFoundException("index.notFound.indicator", year, code);
		}
		return saveDefinition(current.withIndicators(indicators));
	}

	/** Copies an edition's definition to another year (the next edition). */
	@Transactional
	public EditionDefinition copyDefinition(int fromYear, Block block, int toYear) {
		EditionDefinition source = definition(fromYear, block);
		if (repository.editionId(toYear, block).isPresent()) {
			throw new BadInputException(List.of(InputProblem.field("toYear", "Kỳ đánh giá " + toYear + " đã có")));
		}
		String name = source.name().replace(String.valueOf(fromYear), String.valueOf(toYear));
		return saveDefinition(source.forYear(toYear, name));
	}

	private static void validate(EditionDefinition definition) {
		List<InputProblem> problems = new ArrayList<>();
		if (definition.block() == null) {
			problems.add(InputProblem.field("block", "Cần chọn khối"));
		}
		if (definition.year() < 2000 || definition.year() > 2100) {
			problems.add(InputProblem.field("year", "Năm không hợp lệ"));
		}
		if (definition.name() == null || definition.name().isBlank()) {
			problems.add(InputProblem.field("name", "Cần tên kỳ đánh giá"));
		}
		if (definition.components().isEmpty()) {
			problems.add(InputProblem.field("components", "Cần ít nhất một chỉ số thành phần"));
		}
		java.util.Set<String> codes = new java.util.HashSet<>();
		double weightSum = 0;
		for (ComponentDef c : definition.components()) {
			if (c.code() == null || c.code().isBlank() || !codes.add(c.code().toUpperCase(Locale.ROOT))) {
				problems.add(InputProblem.field("components", "Mã chỉ số thành phần trống hoặc lặp lại: " + c.code()));
			}
			if (c.nameVi() == null || c.nameVi().isBlank()) {
				problems.add(InputProblem.field(c.code(), "Cần tên tiếng Việt của chỉ số thành phần"));
			}
			if (!(c.weight() >= 0) || Double.isInfinite(c.weight())) {
				problems.add(InputProblem.field(c.code(), "Trọng số phải là số không âm"));
			}
			weightSum += c.weight();
		}
		if (!definition.components().isEmpty() && !(weightSum > 0)) {
			problems.add(InputProblem.field("components", "Tổng trọng số phải lớn hơn 0"));
		}
		java.util.Set<String> indicatorCodes = new java.util.HashSet<>();
		definition.indicators().forEach(i -> {
			if (i.code() == null || i.code().isBlank() || !indicatorCodes.add(i.code().toUpperCase(Locale.ROOT))) {
				problems.add(InputProblem.field("indicators", "Mã chỉ tiêu trống hoặc lặp lại: " + i.code()));
			}
			if (i.name() == null || i.name().isBlank()) {
				problems.add(InputProblem.field(i.code(), "Cần tên chỉ tiêu " + i.code()));
			}
			if (!"POSITIVE".equals(i.polarity()) && !"NEGATIVE".equals(i.polarity())) {
				problems.add(InputProblem.field(i.code(),
						"Chiều của chỉ tiêu phải là POSITIVE (thuận) hoặc NEGATIVE (nghịch)"));
			}
			if (definition.componentIndex(i.componentCode() == null ? "" : i.componentCode()) < 0) {
				problems.add(InputProblem.field(i.code(),
						"Chỉ tiêu thuộc chỉ số thành phần không có: " + i.componentCode()));
			}
		});
		java.util.Set<Double> bounds = new java.util.HashSet<>();
		definition.bands().forEach(b -> {
			if (b.label() == null || b.label().isBlank() || !bounds.add(b.lowerBound())) {
				problems.add(InputProblem.field("bands", "Nhóm xếp loại trống tên hoặc trùng ngưỡng: " + b.label()));
			}
		});
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
	}

}
