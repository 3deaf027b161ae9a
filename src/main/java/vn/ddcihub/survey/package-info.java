/**
 * Business surveys (khảo sát doanh nghiệp) of the DDCI: questionnaires (bảng hỏi) of an
 * edition with their indicators (chỉ tiêu), questions and choice lists, XLSForm import
 * and export. Components come from the index door {@link vn.ddcihub.index.IndexApi},
 * never its tables. The door: {@link vn.ddcihub.survey.SurveyApi}; pages and API in
 * {@code web}, rules, files and storage in {@code domain}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "index", "org", "shared", "scoring", "documents", "web" })
package vn.ddcihub.survey;
