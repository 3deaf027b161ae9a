package vn.ddcihub.operations.dossier.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.operations.dossier.AnalyticsFilter;
import vn.ddcihub.operations.dossier.AnalyticsRow;
import vn.ddcihub.operations.dossier.Channel;
import vn.ddcihub.operations.dossier.Dimension;
import vn.ddcihub.operations.dossier.DossierAccess;
import vn.ddcihub.operations.dossier.DossierAnalytics;
import vn.ddcihub.operations.dossier.DossierAnalytics.Report;
import vn.ddcihub.operations.dossier.Procedure;
import vn.ddcihub.operations.dossier.Procedures;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.NotFoundException;

/**
 * The dossiers' analytics page (the menu's "Hồ sơ TTHC"): filters, the table by unit,
 * procedure, field, channel or month with early / on-time / late counts and rates, the
 * Decision 766 figure with its formula, the monthly trend and processing-time charts, the
 * late list with apology-slip status; the table as CSV or XLSX.
 */
@Controller
@PreAuthorize("@dossierAccess.canRead(principal)")
public class DossierPageController {

	static final String BASE = "/operations/dossiers";

	private final DossierAccess access;

	private final DossierAnalytics analytics;

	private final Procedures procedures;

	private final MessageSource messages;

	DossierPageController(DossierAccess access, DossierAnalytics analytics, Procedures procedures,
			MessageSource messages) {
		this.access = access;
		this.analytics = analytics;
		this.procedures = procedures;
		this.messages = messages;
	}

	@Bean
	static NavigationEntry dossiersNavigation() {
		return new NavigationEntry(30, "nav.dossiers", BASE, Set.of());
	}

	@GetMapping(BASE)
	String analytics(@AuthenticationPrincipal CurrentUser user, @ModelAttribute AnalyticsQuery query, Model model) {
		long org = access.organisation(user, query.org());
		AnalyticsFilter filter = query.filter(analytics.latestMonth(org));
		Report report = analytics.report(org, filter, query.dimension());
		Map<String, String> labels = labels(org, report.by(), report.rows());
		model.addAttribute("report", report);
		model.addAttribute("labels", labels);
		model.addAttribute("org", org);
		model.addAttribute("organisations", access.organisations(user));
		model.addAttribute("canManage", access.canManage(user, org));
		model.addAttribute("units", analytics.distinct(org, Dimension.UNIT));
		model.addAttribute("fields", analytics.distinct(org, Dimension.FIELD));
		model.addAttribute("channels", List.of(Channel.values()));
		model.addAttribute("dimensions", List.of(Dimension.values()));
		model.addAttribute("query", query);
		model.addAttribute("trend",
				DossierCharts.trend(report.trend(), DossierPageController::monthLabel,
						row -> monthLabel(row.key()) + ": " + text("dossiers.chart.trendTitle", row.early(),
								row.onTime(), row.late() + row.openOverdue(), row.openInTime())));
		List<String> binLabels = List.of("≤ 25 %", "≤ 50 %", "≤ 75 %", "≤ 100 %", "≤ 125 %", "≤ 150 %", "> 150 %");
		model.addAttribute("histogram", DossierCharts.histogram(report.histogram(), binLabels,
				i -> binLabels.get(i) + ": " + report.histogram()[i]));
		model.addAttribute("downloadQuery", downloadQuery(org, filter, report.by()));
		return "operations/dossiers/analytics";
	}

	@GetMapping(BASE + "/table")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @RequestParam String format,
			@ModelAttribute AnalyticsQuery query) {
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new NotFoundException("dossiers.download.notFound", format);
		}
		long org = access.organisation(user, query.org());
		AnalyticsFilter filter = query.filter(analytics.latestMonth(org));
		Dimension by = query.dimension();
		List<AnalyticsRow> rows = analytics.rows(org, filter, by);
		AnalyticsRow total = rows.stream().reduce(AnalyticsRow::plusRow).orElse(null);
		Map<String, String> labels = labels(org, by, rows);
		List<String> header = AnalyticsTable.header(text(by.messageKey()), this::text);
		List<List<Object>> cells = AnalyticsTable.rows(rows, total == null ? AnalyticsRow.zero() : total,
				text("dossiers.col.totalRow"), row -> labels.getOrDefault(row.key(), row.key()));
		String name = "ho-so-" + by.name().toLowerCase(Locale.ROOT) + "-" + filter.from() + "-" + filter.to() + "."
				+ format;
		byte[] body = format.equals("csv") ? AnalyticsTable.csv(header, cells)
				: AnalyticsTable.xlsx(text("dossiers.title"), header, cells);
		MediaType type = format.equals("csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
				: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	/** What each row's key reads as: a channel's name, a procedure's, a month. */
	private Map<String, String> labels(long org, Dimension by, List<AnalyticsRow> rows) {
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, Procedure> catalogue = new LinkedHashMap<>();
		if (by == Dimension.PROCEDURE) {
			procedures.list(org).forEach(p -> catalogue.put(p.code(), p));
		}
		for (AnalyticsRow row : rows) {
			String key = row.key();
			String label = switch (by) {
				case CHANNEL -> text(Channel.valueOf(key).messageKey());
				case MONTH -> monthLabel(key);
				case PROCEDURE -> catalogue.containsKey(key) ? key + " – " + catalogue.get(key).name()
						: key.isEmpty() ? text("dossiers.none") : key;
				default -> key.isEmpty() ? text("dossiers.none") : key;
			};
			labels.put(key, label);
		}
		return labels;
	}

	private static String monthLabel(String key) {
		YearMonth month = YearMonth.parse(key);
		return String.format("%02d/%d", month.getMonthValue(), month.getYear());
	}

	private static String downloadQuery(long org, AnalyticsFilter filter, Dimension by) {
		List<String> parts = new ArrayList<>();
		parts.add("org=" + org);
		parts.add("from=" + filter.from());
		parts.add("to=" + filter.to());
		parts.add("by=" + by.name());
		if (filter.unit() != null) {
			parts.add("unit=" + java.net.URLEncoder.encode(filter.unit(), java.nio.charset.StandardCharsets.UTF_8));
		}
		if (filter.field() != null) {
			parts.add("field=" + java.net.URLEncoder.encode(filter.field(), java.nio.charset.StandardCharsets.UTF_8));
		}
		if (filter.channel() != null) {
			parts.add("channel=" + filter.channel().name());
		}
		return String.join("&", parts);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
