package org.smartpick.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.smartpick.core.optimize.CurvePoint;

class CurveChartTest {
    private static final List<CurvePoint> CURVE = List.of(
            new CurvePoint(0, 0.0, 0.0, 0),
            new CurvePoint(10, 0.5, 0.5, 300),
            new CurvePoint(20, 0.75, 0.75, 700),
            new CurvePoint(40, 0.8, 0.8, 1500));

    @Test
    void drawsOnePointPerCurvePointForChanceAndForCost() {
        String svg = CurveChart.svg(CURVE, 20, 30);

        assertThat(points(svg, "chance")).hasSize(4);
        assertThat(points(svg, "cost")).hasSize(4);
    }

    @Test
    void higherChanceIsDrawnHigherOnThePage() {
        List<Double> ys = points(CurveChart.svg(CURVE, 20, 30), "chance").stream()
                .map(p -> Double.parseDouble(p.split(",")[1]))
                .toList();

        assertThat(ys).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void marksTheChosenSizeAndWhereMoreAddsLittle() {
        String svg = CurveChart.svg(CURVE, 20, 30);

        assertThat(svg)
                .contains("chosen 20")
                .contains("adds little after 30")
                .contains("the chance of at least one match is 75.0% at a cost of $700");
    }

    @Test
    void noCurveNoChart() {
        assertThat(CurveChart.svg(List.of(), 0, 0)).isEmpty();
    }

    private static List<String> points(String svg, String series) {
        Matcher m = Pattern.compile("class=\"series " + series + "\" fill=\"none\" points=\"([^\"]*)\"")
                .matcher(svg);
        assertThat(m.find()).isTrue();
        return List.of(m.group(1).split(" "));
    }
}
