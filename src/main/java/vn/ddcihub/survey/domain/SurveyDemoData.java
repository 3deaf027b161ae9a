package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.index.Block;
import vn.ddcihub.survey.Aggregation;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Polarity;
import vn.ddcihub.survey.domain.QuestionnaireContent.QuestionDraft;

/**
 * An illustrative 2020 questionnaire of the department block (dữ liệu minh họa): 16
 * indicators over the 8 components, 40 questions of every answer type. Invented for the
 * demonstration, not the province's real questionnaire. Loaded once: nothing is done when
 * the edition already has a questionnaire.
 */
@Component
@Order(25)
class SurveyDemoData implements ApplicationRunner {

	static final int YEAR = 2020;

	private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);

	private final Questionnaires questionnaires;

	private final TransactionTemplate transactions;

	private final boolean demo;

	private final List<IndicatorInput> indicators = new ArrayList<>();

	private final List<QuestionDraft> questions = new ArrayList<>();

	private final Map<String, List<Choice>> lists = new LinkedHashMap<>();

	SurveyDemoData(Questionnaires questionnaires, TransactionTemplate transactions,
			@Value("${ddci.demo:true}") boolean demo) {
		this.questionnaires = questionnaires;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || questionnaires.questionnaire(YEAR, Block.DEPARTMENT).isPresent()
				|| questionnaires.componentsOf(YEAR, Block.DEPARTMENT).isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> questionnaires.save(YEAR, Block.DEPARTMENT, content()));
		log.info("Loaded the illustrative {} questionnaire of the department block", YEAR);
	}

	QuestionnaireContent content() {
		indicators.clear();
		questions.clear();
		lists.clear();
		list("likert5", QuestionRules.standardChoices(AnswerType.LIKERT_5, "likert5"));
		list("yes_no", QuestionRules.standardChoices(AnswerType.YES_NO, "yes_no"));
		list("kenh", "website=Trang thông tin điện tử", "dien_thoai=Điện thoại", "truc_tiep=Trực tiếp tại đơn vị",
				"khac=Khác");
		list("so_lan", "mot_lan=Một lần", "hai_lan=Hai lần", "ba_lan=Ba lần trở lên");
		list("hinh_thuc", "truc_tiep=Nộp trực tiếp", "buu_chinh=Qua bưu chính", "truc_tuyen=Dịch vụ công trực tuyến");
		list("thoi_han", "dung_han=Đúng hạn", "tre_han=Trễ hạn", "khong_tra_loi=Không được trả lời");
		list("linh_vuc", "thu_tuc=Thủ tục hành chính", "thai_do=Thái độ cán bộ", "thong_tin=Cung cấp thông tin",
				"khac=Khác");

		share("C1.1", "Tiếp cận thông tin, tài liệu", "C1");
		likert("c1_1", "Thông tin về thủ tục hành chính của đơn vị được công khai đầy đủ", "C1.1", "4 5");
		yesNo("c1_2", "Doanh nghiệp tìm được thông tin cần trên trang thông tin điện tử của đơn vị", "C1.1", "yes");
		likert("c1_3", "Thông tin được cập nhật kịp thời", "C1.1", "4 5");
		number("C1.2", "Số ngày chờ được cung cấp thông tin", "C1", Aggregation.MEDIAN);
		days("c1_4", "Số ngày chờ để nhận được thông tin đã yêu cầu", "C1.2", null);
		choice("c1_5", "Kênh tiếp cận thông tin chủ yếu của doanh nghiệp", "kenh", AnswerType.SINGLE_CHOICE);

		number("C2.1", "Thời gian thực tế giải quyết thủ tục", "C2", Aggregation.MEDIAN);
		days("c2_1", "Số ngày thực tế để hoàn thành thủ tục gần nhất", "C2.1", null);
		share("C2.2", "Giải quyết đúng hẹn, ít đi lại", "C2");
		yesNo("c2_2", "Hồ sơ được giải quyết đúng hoặc sớm hơn ngày hẹn", "C2.2", "yes");
		likert("c2_3", "Cán bộ hướng dẫn rõ ràng, doanh nghiệp không phải bổ sung hồ sơ nhiều lần", "C2.2", "4 5");
		scoredChoice("c2_4", "Số lần đi lại để hoàn thành hồ sơ", "so_lan", "C2.2", "mot_lan");
		choice("c2_5", "Các hình thức nộp hồ sơ doanh nghiệp đã dùng", "hinh_thuc", AnswerType.MULTIPLE_CHOICE);

		share("C3.1", "Không phải trả chi phí không chính thức", "C3");
		yesNo("c3_1", "Doanh nghiệp có phải trả chi phí không chính thức khi làm việc với đơn vị không?", "C3.1", "no");
		likert("c3_2", "Hiện tượng nhũng nhiễu khi giải quyết thủ tục đã giảm", "C3.1", "4 5");
		likert("c3_4", "Công việc được giải quyết mà không cần chi phí không chính thức", "C3.1", "4 5");
		number("C3.2", "Số tiền chi phí không chính thức", "C3", Aggregation.MEAN);
		money("c3_3", "Số tiền chi phí không chính thức ước tính cho một hồ sơ (đồng)", "C3.2", "${c3_1} = 'yes'");
		text("c3_5", "Góp ý của doanh nghiệp về chi phí không chính thức");

		share("C4.1", "Đối xử bình đẳng giữa các doanh nghiệp", "C4");
		likert("c4_1", "Doanh nghiệp nhà nước được ưu ái hơn trong tiếp cận thông tin", "C4.1", "1 2");
		likert("c4_2", "Doanh nghiệp có quan hệ thân quen được giải quyết nhanh hơn", "C4.1", "1 2");
		yesNo("c4_3", "Doanh nghiệp được đối xử như nhau, không phân biệt quy mô", "C4.1", "yes");
		mean("C4.2", "Đánh giá chung về cạnh tranh bình đẳng", "C4");
		likert("c4_4", "Đánh giá chung về sự bình đẳng khi làm việc với đơn vị", "C4.2", "");
		likert("c4_5", "Các ưu đãi, hỗ trợ được công bố công khai cho mọi doanh nghiệp", "C4.2", "");

		share("C5.1", "Chất lượng dịch vụ hỗ trợ", "C5");
		choice("c5_1", "Doanh nghiệp đã dùng dịch vụ hỗ trợ của đơn vị trong năm", "yes_no", AnswerType.YES_NO);
		likertIf("c5_2", "Dịch vụ hỗ trợ đáp ứng nhu cầu của doanh nghiệp", "C5.1", "4 5", "${c5_1} = 'yes'");
		likertIf("c5_3", "Cán bộ hỗ trợ có chuyên môn tốt", "C5.1", "4 5", "${c5_1} = 'yes'");
		mean("C5.2", "Mức độ hài lòng với dịch vụ hỗ trợ", "C5");
		likertIf("c5_4", "Mức độ hài lòng chung với dịch vụ hỗ trợ", "C5.2", "", "${c5_1} = 'yes'");
		likertIf("c5_5", "Doanh nghiệp sẽ tiếp tục dùng dịch vụ hỗ trợ của đơn vị", "C5.2", "", "${c5_1} = 'yes'");

		share("C6.1", "Giải quyết phản ánh, kiến nghị", "C6");
		yesNo("c6_1", "Phản ánh, kiến nghị của doanh nghiệp được trả lời", "C6.1", "yes");
		scoredChoice("c6_2", "Thời hạn trả lời phản ánh, kiến nghị", "thoi_han", "C6.1", "dung_han");
		likert("c6_3", "Doanh nghiệp tin tưởng cơ chế khiếu nại bảo vệ được quyền lợi", "C6.1", "4 5");
		likert("c6_5", "Văn bản hướng dẫn của đơn vị rõ ràng, dễ thực hiện", "C6.1", "4 5");
		number("C6.2", "Số ngày trả lời phản ánh, kiến nghị", "C6", Aggregation.MEDIAN);
		days("c6_4", "Số ngày để nhận được trả lời phản ánh, kiến nghị", "C6.2", null);

		share("C7.1", "Người đứng đầu đối thoại, xử lý phiền hà", "C7");
		likert("c7_1", "Lãnh đạo đơn vị sẵn sàng đối thoại với doanh nghiệp", "C7.1", "4 5");
		yesNo("c7_2", "Doanh nghiệp đã được dự đối thoại với lãnh đạo đơn vị", "C7.1", "yes");
		likert("c7_3", "Lãnh đạo xử lý nghiêm cán bộ gây phiền hà cho doanh nghiệp", "C7.1", "4 5");
		mean("C7.2", "Sáng kiến và cam kết của người đứng đầu", "C7");
		likert("c7_4", "Lãnh đạo đơn vị có sáng kiến cải thiện môi trường kinh doanh", "C7.2", "");
		likert("c7_5", "Cam kết của lãnh đạo đơn vị được thực hiện", "C7.2", "");

		share("C8.1", "Chủ động, nhất quán trong giải quyết vướng mắc", "C8");
		likert("c8_1", "Đơn vị chủ động, sáng tạo trong giải quyết vướng mắc của doanh nghiệp", "C8.1", "4 5");
		likert("c8_2", "Chủ trương, chính sách được đơn vị thực hiện nhất quán", "C8.1", "4 5");
		yesNo("c8_3", "Vướng mắc của doanh nghiệp được giải quyết dứt điểm", "C8.1", "yes");
		mean("C8.2", "Hiệu lực, hiệu quả chung của đơn vị", "C8");
		likert("c8_4", "Đánh giá chung về hiệu lực, hiệu quả của đơn vị", "C8.2", "");
		choice("c8_5", "Lĩnh vực đơn vị cần cải thiện nhất", "linh_vuc", AnswerType.MULTIPLE_CHOICE);

		List<Choice> choices = new ArrayList<>();
		lists.values().forEach(choices::addAll);
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("form_id", "ddci_2020_department");
		settings.put("default_language", "Vietnamese (vi)");
		return new QuestionnaireContent("Bảng hỏi DDCI 2020 – Khối sở, ban, ngành (dữ liệu minh họa)", "2020.1",
				settings, List.copyOf(indicators), List.copyOf(questions), choices);
	}

	private void list(String name, List<Choice> choices) {
		lists.put(name, choices);
	}

	private void list(String name, String... nameLabels) {
		List<Choice> choices = new ArrayList<>();
		for (String nameLabel : nameLabels) {
			String[] parts = nameLabel.split("=", 2);
			choices.add(new Choice(name, parts[0], parts[1], choices.size() + 1));
		}
		lists.put(name, choices);
	}

	private void share(String code, String name, String component) {
		indicators.add(new IndicatorInput(code, name, component, Polarity.THUAN, 1.0, Aggregation.SHARE_FAVOURABLE));
	}

	private void mean(String code, String name, String component) {
		indicators.add(new IndicatorInput(code, name, component, Polarity.THUAN, 1.0, Aggregation.MEAN));
	}

	/** Days and money: fewer is better. */
	private void number(String code, String name, String component, Aggregation aggregation) {
		indicators.add(new IndicatorInput(code, name, component, Polarity.NGHICH, 1.0, aggregation));
	}

	private void likert(String name, String label, String indicator, String favourable) {
		likertIf(name, label, indicator, favourable, null);
	}

	private void likertIf(String name, String label, String indicator, String favourable, String relevant) {
		questions.add(new QuestionDraft(name, label, AnswerType.LIKERT_5, "likert5", true, indicator,
				ChoiceText.favourable(favourable), relevant));
	}

	private void yesNo(String name, String label, String indicator, String favourable) {
		questions.add(new QuestionDraft(name, label, AnswerType.YES_NO, "yes_no", true, indicator,
				ChoiceText.favourable(favourable), null));
	}

	private void scoredChoice(String name, String label, String list, String indicator, String favourable) {
		questions.add(new QuestionDraft(name, label, AnswerType.SINGLE_CHOICE, list, true, indicator,
				ChoiceText.favourable(favourable), null));
	}

	private void choice(String name, String label, String list, AnswerType type) {
		questions.add(new QuestionDraft(name, label, type, list, false, null, List.of(), null));
	}

	private void days(String name, String label, String indicator, String relevant) {
		questions.add(new QuestionDraft(name, label, AnswerType.DAYS, null, false, indicator, List.of(), relevant));
	}

	private void money(String name, String label, String indicator, String relevant) {
		questions.add(new QuestionDraft(name, label, AnswerType.MONEY, null, false, indicator, List.of(), relevant));
	}

	private void text(String name, String label) {
		questions.add(new QuestionDraft(name, label, AnswerType.TEXT, null, false, null, List.of(), null));
	}

}
