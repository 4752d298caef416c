package uk.safeshare.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import uk.safeshare.monitoring.internal.Statistics.Trend;
import uk.safeshare.monitoring.internal.Statistics.TrendPoint;

/**
 * Bar charts drawn on the server as SVG (no script, no inline style: the page's content security
 * policy allows neither). Each chart is shown with a table of the same figures; a bar whose figure
 * is suppressed is drawn as a gap labelled [c] (or [x]), never as a bar of any height.
 */
final class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 16;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 36;

    /** Geometry for one bar; {@code text} is the figure or its symbol. */
    public record Bar(String quarter, String text, boolean shown, int x, int y, int width, int height, int centre,
                      int labelY) {
    }

    public record Chart(String id, String title, int width, int height, int baseline, List<Bar> bars, String summary) {
    }

    private Charts() {
    }

    static Chart of(Trend trend) {
        List<TrendPoint> points = trend.points();
        long max = 1;
        for (TrendPoint p : points) {
            if (p.cell().shown()) {
                max = Math.max(max, p.cell().value());
            }
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        int slot = points.isEmpty() ? plotWidth : plotWidth / points.size();
        int barWidth = Math.max(8, (int) (slot * 0.6));
        List<Bar> bars = new ArrayList<>();
        int shown = 0;
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            int centre = LEFT + slot * i + slot / 2;
            int height = p.cell().shown() ? (int) Math.round((double) p.cell().value() / max * plotHeight) : 0;
            if (p.cell().shown() && p.cell().value() > 0) {
                height = Math.max(height, 1);
                shown++;
            }
            bars.add(new Bar(p.quarter(), p.cell().text(), p.cell().shown(), centre - barWidth / 2, baseline - height, barWidth,
                    height, centre, baseline - height - 6));
        }
        String summary = "Bar chart of " + trend.title().toLowerCase(java.util.Locale.UK) + " by quarter, "
                + (points.isEmpty() ? "" : points.getFirst().quarter() + " to " + points.getLast().quarter())
                + ". The same figures are in the table that follows.";
        return new Chart(trend.id(), trend.title(), WIDTH, HEIGHT, baseline, List.copyOf(bars), summary);
    }
}
