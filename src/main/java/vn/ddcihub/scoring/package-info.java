/**
 * Scoring and ranking math of the DDCI index (chấm điểm và xếp hạng): normalisation of
 * indicators (chỉ tiêu) to 1–10, component scores (chỉ số thành phần), weighted totals
 * (điểm tổng hợp), competition ranks (xếp hạng), block statistics (trung vị, tứ phân vị),
 * bands (nhóm xếp loại), target math for plans (chỉ tiêu phấn đấu) and a respondent
 * bootstrap for uncertainty.
 *
 * <p>
 * Plain Java on the JDK only: no Spring, no other library, so every rule is unit-testable
 * in milliseconds. Inputs are primitive arrays; a missing value is {@code Double.NaN}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.ddcihub.scoring;
