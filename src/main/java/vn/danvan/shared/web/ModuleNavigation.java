package vn.danvan.shared.web;

import java.util.List;

/** What a module adds to the main navigation. */
public interface ModuleNavigation {

    List<NavigationItem> items();
}
