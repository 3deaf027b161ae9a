package vn.ddcihub.index.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import vn.ddcihub.index.Block;
import vn.ddcihub.scoring.Band;
import vn.ddcihub.scoring.Bands;
import vn.ddcihub.shared.Label;

/**
 * The definition of an edition (kỳ đánh giá) of the index for a block: its component
 * indices (chỉ số thành phần) with weights, optional indicators (chỉ tiêu) and bands
 * (nhóm xếp loại). Every edition stores its own definition because components and weights
 * change between years.
 */
public record EditionDefinition(int year, Block block, String name, boolean illustrative, List<ComponentDef> components,
		List<IndicatorDef> indicators, List<BandDef> bands) {

	/**
	 * Lengths of the index tables' columns: codes, names, indicator names, band labels.
	 */
	public static final int CODE_MAX = 32;

	public static final int NAME_MAX = 255;

	public static final int INDICATOR_NAME_MAX = 500;

	public static final int BAND_LABEL_MAX = 120;

	public EditionDefinition {
		components = components == null ? List.of() : List.copyOf(components);
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
		bands = bands == null || bands.isEmpty() ? defaultBands() : List.copyOf(bands);
	}

	/** A component index; weights are relative (equal weights = 1 each). */
	public record ComponentDef(String code, String nameVi, String nameEn, int order, double weight) {
	}

	/**
	 * An indicator of a component; polarity POSITIVE (thuận) or NEGATIVE (nghịch).
	 * Lengths are checked where the API receives it.
	 */
	public record IndicatorDef(
			@Label("index.editions.code") @Size(max = CODE_MAX, message = "{validation.tooLong}") String code,
			@Label("index.editions.indicatorName") @Size(max = INDICATOR_NAME_MAX,
					message = "{validation.tooLong}") String name,
			@Label("index.editions.polarity") @Size(max = 16, message = "{validation.tooLong}") String polarity,
			@Label("index.component") @Size(max = CODE_MAX, message = "{validation.tooLong}") String componentCode) {
	}

	/** A band and the lower bound of the total that reaches it. */
	public record BandDef(
			@Label("index.band") @Size(max = BAND_LABEL_MAX, message = "{validation.tooLong}") String label,
			double lowerBound) {
	}

	/** The seed's eight department-block components, equal weights, default bands. */
	public static EditionDefinition ddciDefault(int year, Block block, String name, boolean illustrative) {
		String[][] names = { { "Tính minh bạch và tiếp cận thông tin", "Transparency and access to information" },
				{ "Chi phí thời gian", "Time costs" }, { "Chi phí không chính thức", "Informal costs" },
				{ "Cạnh tranh bình đẳng", "Equal competition" },
				{ "Dịch vụ hỗ trợ doanh nghiệp", "Business support services" },
				{ "Thiết chế pháp lý", "Legal institutions" }, { "Vai trò người đứng đầu", "Role of the head" },
				{ "Tính năng động và hiệu lực của hệ thống", "Dynamism and effectiveness" } };
		List<ComponentDef> components = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			components.add(new ComponentDef("C" + (i + 1), names[i][0], names[i][1], i + 1, 1.0));
		}
		return new EditionDefinition(year, block, name, illustrative, components, List.of(), defaultBands());
	}

	/** Rất tốt ≥ 80, Tốt ≥ 70, Khá ≥ 60, Trung bình ≥ 50, Thấp below. */
	public static List<BandDef> defaultBands() {
		return Bands.ddciDefault().bands().stream().map(b -> new BandDef(b.label(), b.lowerBound())).toList();
	}

	/** The same definition for another year. */
	public EditionDefinition forYear(int otherYear, String otherName) {
		return new EditionDefinition(otherYear, block, otherName, illustrative, components, indicators, bands);
	}

	/** The same edition with other components. */
	public EditionDefinition withComponents(List<ComponentDef> otherComponents) {
		return new EditionDefinition(year, block, name, illustrative, otherComponents, indicators, bands);
	}

	/** The same edition with other indicators. */
	public EditionDefinition withIndicators(List<IndicatorDef> otherIndicators) {
		return new EditionDefinition(year, block, name, illustrative, components, otherIndicators, bands);
	}

	double[] weights() {
		return components.stream().mapToDouble(ComponentDef::weight).toArray();
	}

	Bands scoringBands() {
		return new Bands(bands.stream().map(b -> new Band(b.label(), b.lowerBound())).toList());
	}

	int componentIndex(String code) {
		for (int i = 0; i < components.size(); i++) {
			if (components.get(i).code().equalsIgnoreCase(code)) {
				return i;
			}
		}
		return -1;
	}
}
