package io.guankou.desktop.places;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceRemoval;
import io.guankou.model.place.rules.PlaceUse;
import io.guankou.persistence.placeedit.MergeResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Removing or merging one place ({@link PlaceRemoval}): a place that holds nothing is removed; a village, grid or
 * team that holds persons or places is merged into another of its kind, which moves all of it; anything else says
 * what holds it. Both are one transaction in the background; a merge that moved persons is also published as a
 * ledger change.
 */
public final class RemovalViewModel {

    /** A place the source may merge into: its id, its name, and its village's name (for grids and teams). */
    public record Target(long id, String villageName, String name) {
    }

    private final PlaceServices services;
    private final PlaceKind kind;
    private final long id;
    private final String name;
    private final PlaceUse use;
    private final Map<Long, Long> villageOf = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final Consumer<Notice> report;
    private final ObjectProperty<Long> targetId = new SimpleObjectProperty<>();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final ObjectProperty<Msg> error = new SimpleObjectProperty<>();
    private final BooleanBinding mergeReady;

    RemovalViewModel(PlaceServices services, PlaceKind kind, long id, PlaceData data, Consumer<Notice> report) {
        this.services = services;
        this.kind = kind;
        this.id = id;
        this.report = report;
        this.name = data.name(kind, id);
        this.use = data.uses().of(kind, id);
        switch (kind) {
            case VILLAGE -> data.villages().forEach(v -> villageOf.put(v.id(), v.id()));
            case GRID -> data.grids().forEach(g -> villageOf.put(g.id(), g.villageId()));
            case TEAM -> data.teams().forEach(t -> villageOf.put(t.id(), t.villageId()));
            default -> {
                // members and facilities do not merge
            }
        }
        villageOf.forEach((target, village) -> {
            if (PlaceRemoval.checkMerge(kind, id, target, villageOf).isEmpty()) {
                String villageName = data.village(village).map(Village::name).orElse("");
                targets.add(new Target(target, villageName, data.name(kind, target)));
            }
        });
        mergeReady = Bindings.createBooleanBinding(() -> !working.get()
                && PlaceRemoval.checkMerge(kind, id, targetId.get(), villageOf).isEmpty(), targetId, working);
    }

    public PlaceKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public PlaceUse use() {
        return use;
    }

    /** Whether it holds nothing and may simply be removed. */
    public boolean removable() {
        return PlaceRemoval.removable(kind, use);
    }

    /** Whether it holds something and can be merged into another place of its kind. */
    public boolean mergeable() {
        return !removable() && PlaceRemoval.MERGEABLE.contains(kind);
    }

    /** What holds it, one message per kind of thing (empty when nothing does). */
    public List<Msg> holds() {
        List<Msg> out = new ArrayList<>();
        add(out, "places.use.persons", use.persons());
        add(out, "places.use.departed", use.departedPersons());
        add(out, "places.use.grids", use.grids());
        add(out, "places.use.teams", use.teams());
        add(out, "places.use.facilities", use.facilities());
        add(out, "places.use.households", use.households());
        if (kind == PlaceKind.TEAM) {
            add(out, "places.use.members", use.members());
        }
        add(out, "places.use.doctorTeams", use.doctorTeams());
        return out;
    }

    private static void add(List<Msg> out, String key, long n) {
        if (n > 0) {
            out.add(Msg.of(key, n));
        }
    }

    /** What the dialog says first: what holds the place and what can be done. */
    public Msg summary() {
        if (kind == PlaceKind.MEMBER) {
            return Msg.of("places.remove.member", name);
        }
        if (removable()) {
            return holds().isEmpty() ? Msg.of("places.remove.nothing", name)
                    : Msg.of("places.remove.withMembers", name, holds());
        }
        return mergeable() ? Msg.of("places.remove.mergeOnly", name, holds())
                : Msg.of("places.remove.held", name, holds());
    }

    /** The places it may merge into, in the list's order. */
    public List<Target> targets() {
        return List.copyOf(targets);
    }

    public ObjectProperty<Long> targetIdProperty() {
        return targetId;
    }

    public BooleanBinding mergeReadyProperty() {
        return mergeReady;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** Why the last remove or merge failed, or null. */
    public ReadOnlyObjectProperty<Msg> errorProperty() {
        return error;
    }

    /** Removes it (tombstoned); {@code done} runs once it is. */
    public void remove(Runnable done) {
        if (!removable() || working.get()) {
            return;
        }
        working.set(true);
        error.set(null);
        services.runner().run("place-remove", () -> {
            services.editor().remove(kind, id, services.userName());
            return id;
        }, removed -> {
            working.set(false);
            report.accept(Notice.ok("places.removed", name));
            services.events().publish(new DataChange.PlacesChanged());
            done.run();
        }, e -> {
            working.set(false);
            error.set(Msg.of("places.removeFailed", Failures.msg(e)));
        });
    }

    /** Merges it into the chosen target; {@code done} runs once it is. */
    public void merge(Runnable done) {
        Long target = targetId.get();
        if (!mergeable() || working.get()
                || PlaceRemoval.checkMerge(kind, id, target, villageOf).isPresent()) {
            return;
        }
        String targetName = targets.stream().filter(t -> t.id() == target).map(Target::name).findFirst()
                .orElse("");
        working.set(true);
        error.set(null);
        services.runner().run("place-merge",
                () -> services.editor().merge(kind, id, target, services.userName()),
                (MergeResult result) -> {
                    working.set(false);
                    report.accept(Notice.ok("places.merged", name, targetName, result.persons()));
                    services.events().publish(new DataChange.PlacesChanged());
                    if (result.persons() > 0) {
                        services.events().publish(new DataChange.LedgerReplaced());
                    }
                    done.run();
                }, e -> {
                    working.set(false);
                    error.set(Msg.of("places.mergeFailed", Failures.msg(e)));
                });
    }

    /** The target chosen, if any. */
    public Optional<Target> target() {
        return targets.stream().filter(t -> targetId.get() != null && t.id() == targetId.get()).findFirst();
    }
}
