package vn.danvan.landclearance.internal;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Puts a form into the model of a page, keeping the errors it was bound with. */
final class HouseholdForms {

    private HouseholdForms() {}

    /**
     * A form record re-rendered after binding errors keeps them: when a value could not be converted (a date that
     * is not a date), the record was built without it and the binding result no longer points at it, so the errors
     * are copied onto a result for the record the page shows.
     */
    static void show(Model model, Object form) {
        String key = BindingResult.MODEL_KEY_PREFIX + "form";
        Object bound = model.asMap().get(key);
        if (bound instanceof BindingResult errors && errors.hasErrors() && errors.getTarget() != form) {
            BeanPropertyBindingResult kept = new BeanPropertyBindingResult(form, "form");
            kept.addAllErrors(errors);
            model.addAttribute("form", form);
            model.addAttribute(key, kept);
            return;
        }
        model.addAttribute("form", form);
    }
}
