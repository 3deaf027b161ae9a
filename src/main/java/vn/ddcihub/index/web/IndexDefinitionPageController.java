package vn.ddcihub.index.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.EditionDefinition;
import vn.ddcihub.index.domain.EditionDefinition.BandDef;
import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;
import vn.ddcihub.index.domain.EditionDefinition.IndicatorDef;
import vn.ddcihub.index.domain.IndexDefinitions;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.ResultFileParser;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.ScoreRules;
import vn.ddcihub.shared.TypedForm;

/**
 * Editions (kỳ đánh giá) from pages: the list, a new edition, and an edition's definition
 * — names, order and weights of the components (chỉ số thành phần), adding and removing
 * components and indicators (chỉ tiêu), bands (nhóm xếp loại), and copying the definition
 * to another year.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class IndexDefinitionPageController {

	private final IndexService index;

	private final IndexDefinitions definitions;

	private final MessageSource messages;

	IndexDefinitionPageController(IndexService index, IndexDefinitions definitions, MessageSource messages) {
		this.index = index;
		this.definitions = definitions;
		this.messages = messages;
	}

	@GetMapping("/index/editions")
	String editions(@AuthenticationPrincipal CurrentUser user, Model model) {
		return editionsPage(user, model, FormState.of(new EditionForm(null, Block.DEPARTMENT, "")));
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions")
	String createEdition(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute EditionForm form,
			BindingResult binding, Model model) {
		return FormSubmission.submit(form, binding, () -> {
			definitions.saveDefinition(EditionDefinition.ddciDefault(form.year(), form.block(), form.name(), false));
			return redirect(form.year(), form.block());
		}, typed -> editionsPage(user, model, typed));
	}

	private String editionsPage(CurrentUser user, Model model, FormState form) {
		model.addAttribute("editions", index.editions());
		model.addAttribute("canWrite", index.canWrite(user));
		model.addAttribute("form", form);
		return "index/editions";
	}

	@GetMapping("/index/editions/{year}")
	String definition(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		EditionDefinition definition = index.definition(year, IndexApiController.block(block));
		return page(model, definition, index.canWrite(user), forms(definition));
	}

	/**
	 * Publishes the edition on the public portal, or withdraws it
	 * ({@code publish=false}).
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/index/editions/{year}/publication")
	String publication(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam boolean publish) {
		Block b = IndexApiController.block(block);
		index.setPublished(year, b, publish, user);
		return redirect(year, b);
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}")
	String saveDefinition(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block,
			@RequestParam Map<String, String> form, Model model) {
		Block b = IndexApiController.block(block);
		EditionDefinition current = index.definition(year, b);
		TypedForm typed = new TypedForm(form);
		EditionDefinition changed = read(typed, current);
		return FormSubmission.submit(typed.state(), () -> {
			definitions.saveDefinition(changed);
			return redirect(year, b);
		}, again -> page(model, current, true, forms(current).withDefinition(again)));
	}

	/**
	 * The definition as typed on the page: names, order and weights of the components,
	 * indicator names, polarities and components, bands; blank numbers keep the current
	 * values.
	 */
	private EditionDefinition read(TypedForm typed, EditionDefinition current) {
		String name = typed.text("name", label("index.editions.name"), EditionDefinition.NAME_MAX, true);
		List<ComponentDef> components = new ArrayList<>();
		for (ComponentDef c : current.components()) {
			Integer order = typed.whole("order_" + c.code(), label("index.field.order", c.code()));
			String nameVi = typed.text("nameVi_" + c.code(), label("index.field.nameVi", c.code()),
					EditionDefinition.NAME_MAX, true);
			String nameEn = typed.text("nameEn_" + c.code(), label("index.field.nameEn", c.code()),
					EditionDefinition.NAME_MAX, false);
			Double weight = typed.decimal("weight_" + c.code(), label("index.field.weight", c.code()), 0,
					Double.POSITIVE_INFINITY);
			components.add(new ComponentDef(c.code(), nameVi, nameEn.isEmpty() ? nameVi : nameEn,
					order == null ? c.order() : order, weight == null ? c.weight() : weight));
		}
		List<IndicatorDef> indicators = current.indicators()
			.stream()
			.map(i -> new IndicatorDef(i.code(),
					typed.text("indicatorName_" + i.code(), label("index.field.indicatorName", i.code()),
							EditionDefinition.INDICATOR_NAME_MAX, true),
					typed.choice("indicatorPolarity_" + i.code()), typed.choice("indicatorComponent_" + i.code())))
			.toList();
		List<BandDef> bands = new ArrayList<>();
		for (int i = 0; i < current.bands().size(); i++) {
			String label = typed.text("bandLabel_" + i, label("index.field.bandLabel", i + 1),
					EditionDefinition.BAND_LABEL_MAX, false);
			Double bound = typed.decimal("bandBound_" + i, label("index.field.bandBound", i + 1), ScoreRules.TOTAL_MIN,
					ScoreRules.TOTAL_MAX);
			if (!label.isEmpty() && bound != null) {
				bands.add(new BandDef(label, bound));
			}
		}
		return new EditionDefinition(current.year(), current.block(), name, current.illustrative(), components,
				indicators, bands);
	}

	/** The four forms of the definition page as first shown. */
	private Forms forms(EditionDefinition definition) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", definition.name());
		for (ComponentDef c : definition.components()) {
			values.put("order_" + c.code(), c.order());
			values.put("nameVi_" + c.code(), c.nameVi());
			values.put("nameEn_" + c.code(), c.nameEn());
			values.put("weight_" + c.code(), c.weight());
		}
		for (IndicatorDef i : definition.indicators()) {
			values.put("indicatorName_" + i.code(), i.name());
			values.put("indicatorPolarity_" + i.code(), i.polarity());
			values.put("indicatorComponent_" + i.code(), i.componentCode());
		}
		for (int i = 0; i < definition.bands().size(); i++) {
			values.put("bandLabel_" + i, definition.bands().get(i).label());
			values.put("bandBound_" + i, definition.bands().get(i).lowerBound());
		}
		TypedForm shown = TypedForm.showing(values);
		read(shown, definition);
		String firstComponent = definition.components().isEmpty() ? "" : definition.components().get(0).code();
		return new Forms(shown.shown(), FormState.of(new ComponentForm("", "", "", null, 1.0)),
				FormState.of(new IndicatorForm("", "", "POSITIVE", firstComponent)),
				FormState.of(new CopyEditionForm(definition.year() + 1)));
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}/components")
	String addComponent(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block,
			@Valid @ModelAttribute ComponentForm form, BindingResult binding, Model model) {
		Block b = IndexApiController.block(block);
		EditionDefinition current = index.definition(year, b);
		return FormSubmission.submit(form, binding, () -> {
			definitions.addComponent(year, b, form.toDefinition());
			return redirect(year, b);
		}, typed -> page(model, current, true, forms(current).withComponent(typed)));
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}/components/{code}/delete")
	String removeComponent(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		Block b = IndexApiController.block(block);
		EditionDefinition current = index.definition(year, b);
		try {
			definitions.removeComponent(year, b, code);
			return redirect(year, b);
		}
		catch (BadInputException e) {
			Forms forms = forms(current);
			return page(model, current, true, forms.withDefinition(forms.definition().with(e.problems())));
		}
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}/indicators")
	String addIndicator(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block,
			@Valid @ModelAttribute IndicatorForm form, BindingResult binding, Model model) {
		Block b = IndexApiController.block(block);
		EditionDefinition current = index.definition(year, b);
		return FormSubmission.submit(form, binding, () -> {
			definitions.addIndicator(year, b, form.toDefinition());
			return redirect(year, b);
		}, typed -> page(model, current, true, forms(current).withIndicator(typed)));
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}/indicators/{code}/delete")
	String removeIndicator(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block) {
		Block b = IndexApiController.block(block);
		definitions.removeIndicator(year, b, code);
		return redirect(year, b);
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}/copy")
	String copyEdition(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block,
			@Valid @ModelAttribute CopyEditionForm form, BindingResult binding, Model model) {
		Block b = IndexApiController.block(block);
		EditionDefinition current = index.definition(year, b);
		return FormSubmission.submit(form, binding, () -> {
			definitions.copyDefinition(year, b, form.toYear());
			return redirect(form.toYear(), b);
		}, typed -> page(model, current, true, forms(current).withCopy(typed)));
	}

	private String page(Model model, EditionDefinition definition, boolean canWrite, Forms forms) {
		model.addAttribute("definition", definition);
		model.addAttribute("edition", index.edition(definition.year(), definition.block()));
		model.addAttribute("versions", index.versions(definition.year(), definition.block()));
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("form", forms.definition());
		model.addAttribute("componentForm", forms.component());
		model.addAttribute("indicatorForm", forms.indicator());
		model.addAttribute("copyForm", forms.copy());
		return "index/definition";
	}

	private String label(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static String redirect(int year, Block block) {
		return "redirect:/index/editions/" + year + "?block=" + block;
	}

	/** The four forms of the definition page; the one posted comes back as typed. */
	record Forms(FormState definition, FormState component, FormState indicator, FormState copy) {

		Forms withDefinition(FormState typed) {
			return new Forms(typed, component, indicator, copy);
		}

		Forms withComponent(FormState typed) {
			return new Forms(definition, typed, indicator, copy);
		}

		Forms withIndicator(FormState typed) {
			return new Forms(definition, component, typed, copy);
		}

		Forms withCopy(FormState typed) {
			return new Forms(definition, component, indicator, typed);
		}
	}

}
