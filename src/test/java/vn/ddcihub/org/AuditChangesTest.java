package vn.ddcihub.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ddcihub.org.AuditChanges.FieldChange;
import vn.ddcihub.org.AuditChanges.Table;

class AuditChangesTest {

	@Test
	void anUpdateShowsOnlyTheFieldsThatChangedByTheirPath() {
		AuditChanges changes = AuditChanges.of("""
				{"id": 7, "title": "Kế hoạch", "goals": {"totalRank": 10, "totalScore": 70.0}, "issuedOn": null,
				 "updatedAt": "2026-01-01T00:00:00Z", "status": "DRAFT"}""", """
				{"id": 7, "title": "Kế hoạch", "goals": {"totalRank": 8, "totalScore": 70.00}, "issuedOn": "2020-06-11",
				 "updatedAt": "2026-02-01T00:00:00Z", "status": "ISSUED"}""");

		assertThat(changes.fields()).containsExactly(
				new FieldChange(List.of("goals", "totalRank"), new BigDecimal("10"), new BigDecimal("8")),
				new FieldChange(List.of("issuedOn"), null, LocalDate.of(2020, 6, 11)),
				new FieldChange(List.of("status"), "DRAFT", "ISSUED"));
		assertThat(changes.fields().get(2).term("ISSUED").getCodes()).containsExactly("plan.status.ISSUED");
	}

	@Test
	void unitsAreListedByNameAndOtherObjectsFieldByField() {
		AuditChanges changes = AuditChanges.of("""
				{"leadUnits": [{"id": 1, "code": "VP", "name": "Văn phòng Sở"}],
				 "components": [{"code": "C1", "weight": 1.0}, {"code": "C2", "weight": 1.0}]}""",
				"""
						{"leadUnits": [{"id": 1, "code": "VP", "name": "Văn phòng Sở"}, {"id": 2, "code": "TTR", "name": "Thanh tra Sở"}],
						 "components": [{"code": "C1", "weight": 1.0}, {"code": "C2", "weight": 2.0}]}""");

		assertThat(changes.fields()).containsExactly(
				new FieldChange(List.of("leadUnits"), List.of("Văn phòng Sở"), List.of("Văn phòng Sở", "Thanh tra Sở")),
				new FieldChange(List.of("components", "C2", "weight"), new BigDecimal("1"), new BigDecimal("2")));
	}

	@Test
	void aCreatedRecordShowsItsFilledFieldsAndAnImportItsTableSize() {
		AuditChanges created = AuditChanges.of(null, """
				{"id": 3, "name": "Phòng Quản lý đất đai", "email": null, "active": true, "roles": []}""");
		assertThat(created.fields()).containsExactly(new FieldChange(List.of("name"), null, "Phòng Quản lý đất đai"),
				new FieldChange(List.of("active"), null, true));

		AuditChanges imported = AuditChanges.of("""
				{"results": {"columns": ["unit", "C1"], "rows": []}}""", """
				{"summary": {"file": "kq.csv", "rows": 2},
				 "results": {"columns": ["unit", "C1"], "rows": [["A1", 5.0], ["A2", 6.0]]}}""");
		assertThat(imported.fields()).containsExactly(new FieldChange(List.of("summary", "file"), null, "kq.csv"),
				new FieldChange(List.of("summary", "rows"), null, new BigDecimal("2")),
				new FieldChange(List.of("results"), new Table(0), new Table(2)));
	}

	@Test
	void aStateTooLargeToReadIsOnlySizedAndManyChangesAreCapped() {
		assertThat(AuditChanges.of(null, "{\"_large\": 3145728}").largeBytes()).isEqualTo(3_145_728);

		StringBuilder many = new StringBuilder("{");
		for (int i = 0; i < AuditChanges.MOST_FIELDS + 5; i++) {
			many.append(i == 0 ? "" : ",").append("\"f").append(i).append("\": ").append(i);
		}
		AuditChanges capped = AuditChanges.of(null, many.append('}').toString());
		assertThat(capped.fields()).hasSize(AuditChanges.MOST_FIELDS);
		assertThat(capped.hidden()).isEqualTo(5);
	}

}
