package org.smartpick.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.app.recommend.ExampleProfiles;

class JsonNumbersTest {
    /** A record with every kind of fractional number an answer holds. */
    record Numbers(double primitive, Double boxed, OptionalDouble optional, OptionalDouble absent, List<Double> list) {}

    @ParameterizedTest
    @CsvSource({
        "0.30000000000000004, 0.3",
        "-0.00001, 0.0",
        "-0.0, 0.0",
        "0.40519380045, 0.4052",
        "0.99995, 1.0",
        "-1.23456, -1.2346",
        "245.0, 245.0",
        "1.0E15, 1.0E15"
    })
    void roundsToFourDecimalsWithoutNegativeZero(double value, double expected) {
        assertThat(Double.doubleToRawLongBits(JsonNumbers.rounded(value)))
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }

    @Test
    void jacksonWritesEveryKindOfDoubleRounded() throws Exception {
        Numbers numbers = new Numbers(
                0.1 + 0.2, -0.0, OptionalDouble.of(2.0 / 3), OptionalDouble.empty(), List.of(1e-9, 0.12345));

        assertThat(Json.compactWriter().writeValueAsString(numbers))
                .isEqualTo(
                        "{\"primitive\":0.3,\"boxed\":0.0,\"optional\":0.6667,\"absent\":null,\"list\":[0.0,0.1235]}");
    }

    @Test
    void anAnswerHasNoNumberWithMoreThanFourDecimalsNorNegativeZero() throws Exception {
        var answer = ExampleProfiles.recommend(
                ExampleProfiles.shippedService(), Path.of("../examples/non-us-img-genetics.json"));
        String json = Json.compactWriter().writeValueAsString(answer);

        List<String> noisy = new ArrayList<>();
        Matcher number =
                Pattern.compile("[:\\[,](-?\\d+\\.\\d+(?:E-?\\d+)?)(?=[,}\\]])").matcher(json);
        while (number.find()) {
            String text = number.group(1);
            double value = Double.parseDouble(text);
            if ((text.startsWith("-") && value == 0) || Math.round(value * 10_000) / 10_000.0 != value) {
                noisy.add(text);
            }
        }
        assertThat(json).contains("\"pAtLeastOneMatch\":");
        assertThat(noisy).isEmpty();
    }
}
