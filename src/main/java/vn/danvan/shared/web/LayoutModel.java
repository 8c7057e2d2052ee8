package vn.danvan.shared.web;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.danvan.shared.security.CurrentUser;

/** Puts what the shared layout needs into every page's model: the navigation the user may see. */
@ControllerAdvice
class LayoutModel {

    private final ObjectProvider<ModuleNavigation> modules;

    LayoutModel(ObjectProvider<ModuleNavigation> modules) {
        this.modules = modules;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        CurrentUser user = currentUser();
        if (user == null) {
            return List.of();
        }
        return modules.orderedStream()
                .flatMap(m -> m.items().stream())
                .filter(item -> item.permission() == null || user.can(item.permission()))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    private static @Nullable CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
    }
}
