package vn.ddcihub.plan;

import java.util.List;
import java.util.stream.Collectors;

/** An org unit as a plan shows it (phòng, đơn vị chủ trì / phối hợp). */
public record UnitRef(long id, String code, String name) {

	/** "Văn phòng Sở, Thanh tra Sở". */
	public static String names(List<UnitRef> units) {
		return units.stream().map(UnitRef::name).collect(Collectors.joining(", "));
	}
}
