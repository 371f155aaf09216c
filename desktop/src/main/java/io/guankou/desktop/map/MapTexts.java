package io.guankou.desktop.map;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.map.RedShare;
import io.guankou.model.map.ScaleBar;
import java.util.ArrayList;
import java.util.List;

/** The words drawn on the map itself (legend, scale, title), from the bundle once per view. */
final class MapTexts {

    private final Messages msg;
    final String legendTitle;
    final List<String> shareClasses;
    final String glyph;
    final String overdue;
    final String oximeters;
    final String oximetersNone;
    final String facilityCentre;
    final String facilityStation;
    final String facilityClinic;
    final String base;
    final String reach;
    final String notCovered;
    final String coverageNone;
    final String north;
    final String countyLevel;

    MapTexts(Messages msg) {
        this.msg = msg;
        legendTitle = msg.get("map.legend.title");
        List<String> classes = new ArrayList<>();
        classes.add(msg.get("map.legend.share.none"));
        for (int c = 1; c < RedShare.CLASSES; c++) {
            int[] b = RedShare.boundsPercent(c);
            classes.add(b[1] < 0 ? msg.format("map.legend.share.atLeast", b[0])
                    : b[0] == 0 ? msg.format("map.legend.share.under", b[1])
                    : msg.format("map.legend.share.range", b[0], b[1]));
        }
        shareClasses = List.copyOf(classes);
        glyph = msg.get("map.legend.glyph");
        overdue = msg.get("map.legend.overdue");
        oximeters = msg.get("map.legend.oximeters");
        oximetersNone = msg.get("map.legend.oximetersNone");
        facilityCentre = msg.get("map.legend.facilityCentre");
        facilityStation = msg.get("map.legend.facilityStation");
        facilityClinic = msg.get("map.legend.facilityClinic");
        base = msg.get("map.legend.base");
        reach = msg.get("map.legend.reach");
        notCovered = msg.get("map.legend.notCovered");
        coverageNone = msg.get("map.legend.coverageNone");
        north = msg.get("map.north");
        countyLevel = msg.get("map.countyLevel");
    }

    String scale(ScaleBar bar) {
        return bar.inKilometres() ? msg.format("map.scale.km", bar.metres() / 1000)
                : msg.format("map.scale.m", bar.metres());
    }
}
