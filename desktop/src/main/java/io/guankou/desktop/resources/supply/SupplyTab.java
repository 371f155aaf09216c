package io.guankou.desktop.resources.supply;

import io.guankou.desktop.i18n.Messages;

/** Builds the supplies tab's view-model over its services, starts the load, and returns the view. */
public final class SupplyTab {

    private SupplyTab() {
    }

    public static SuppliesView open(SupplyServices services, Messages msg) {
        SuppliesViewModel vm = new SuppliesViewModel(services);
        SuppliesView view = new SuppliesView(vm, msg);
        vm.reload();
        return view;
    }
}
