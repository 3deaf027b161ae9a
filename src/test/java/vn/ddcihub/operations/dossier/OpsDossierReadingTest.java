package vn.ddcihub.operations.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading an export without a database: headers, dates, channels, the reduced limit. */
class OpsDossierReadingTest {

	@Test
	void guessesColumnsFromVietnameseAndEnglishHeadersWithOrWithoutDiacritics() {
		List<String> header = List.of("STT", "Ma ho so", "Tên thủ tục", "Mã TTHC", "Lĩnh vực", "Đơn vị giải quyết",
				"Hình thức nộp", "Ngày tiếp nhận", "Ngày hẹn trả kết quả", "Ngày trả kết quả", "Trạng thái",
				"Phiếu xin lỗi");
		ColumnMapping mapping = ColumnMapping.guess(header, null);
		assertThat(mapping.headers()).containsEntry(DossierColumn.CODE, "Ma ho so")
			.containsEntry(DossierColumn.PROCEDURE_NAME, "Tên thủ tục")
			.containsEntry(DossierColumn.PROCEDURE_CODE, "Mã TTHC")
			.containsEntry(DossierColumn.UNIT, "Đơn vị giải quyết")
			.containsEntry(DossierColumn.CHANNEL, "Hình thức nộp")
			.containsEntry(DossierColumn.RECEIVED_AT, "Ngày tiếp nhận")
			.containsEntry(DossierColumn.DUE_AT, "Ngày hẹn trả kết quả")
			.containsEntry(DossierColumn.RETURNED_AT, "Ngày trả kết quả")
			.containsEntry(DossierColumn.APOLOGY_SLIP, "Phiếu xin lỗi");
		assertThat(mapping.missing(header)).isEmpty();

		List<String> english = List.of("Dossier code", "Procedure code", "Handling unit", "Channel", "Received at",
				"Due date", "Returned at");
		assertThat(ColumnMapping.guess(english, null).missing(english)).isEmpty();
	}

	@Test
	void aRememberedMappingWinsOverTheGuess() {
		List<String> header = List.of("Ref", "Mã hồ sơ", "Unit", "Kênh", "Nhận", "Hẹn");
		ColumnMapping remembered = ColumnMapping.fromMap(Map.of("CODE", "Ref", "RECEIVED_AT", "Nhận", "DUE_AT", "Hẹn"));
		ColumnMapping mapping = ColumnMapping.guess(header, remembered);
		assertThat(mapping.headers()).containsEntry(DossierColumn.CODE, "Ref")
			.containsEntry(DossierColumn.RECEIVED_AT, "Nhận")
			.containsEntry(DossierColumn.UNIT, "Unit");
	}

	@Test
	void readsVietnameseAndIsoDatesAndRefusesOthers() {
		assertThat(DossierDates.parse("05/03/2020")).isEqualTo(LocalDateTime.of(2020, 3, 5, 0, 0));
		assertThat(DossierDates.parse("5/3/2020 8:30")).isEqualTo(LocalDateTime.of(2020, 3, 5, 8, 30));
		assertThat(DossierDates.parse("2020-03-05T16:45:10")).isEqualTo(LocalDateTime.of(2020, 3, 5, 16, 45, 10));
		assertThat(DossierDates.parse("2020-03-05 16:45")).isEqualTo(LocalDateTime.of(2020, 3, 5, 16, 45));
		assertThat(DossierDates.parse("31/02/2020")).isNull();
		assertThat(DossierDates.parse("hôm qua")).isNull();
		assertThat(DossierDates.parse("05/03/20")).isNull();
	}

	@Test
	void tellsChannelsApartInBothLanguages() {
		assertThat(Channel.parse("Trực tuyến")).contains(Channel.ONLINE);
		assertThat(Channel.parse("truc tuyen (DVC)")).contains(Channel.ONLINE);
		assertThat(Channel.parse("Bưu chính công ích")).contains(Channel.POST);
		assertThat(Channel.parse("Trực tiếp tại Bộ phận một cửa")).contains(Channel.DIRECT);
		assertThat(Channel.parse("in person")).contains(Channel.DIRECT);
		assertThat(Channel.parse("fax")).isEmpty();
	}

	@Test
	void theDefaultReducedLimitCutsThirtyPercentRoundedDownAboveThreeDays() {
		assertThat(Procedure.defaultReducedDays(3)).isEqualTo(3);
		assertThat(Procedure.defaultReducedDays(10)).isEqualTo(7);
		assertThat(Procedure.defaultReducedDays(15)).isEqualTo(10);
		assertThat(Procedure.defaultReducedDays(45)).isEqualTo(31);
	}

}
