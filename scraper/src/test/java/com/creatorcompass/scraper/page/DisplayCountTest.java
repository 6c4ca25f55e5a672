package com.creatorcompass.scraper.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.contracts.observation.Count;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayCountTest {

    @ParameterizedTest(name = "\"{0}\" is {1} ({2})")
    @CsvSource(
            delimiter = '|',
            value = {
                "9948   | 9948       | EXACT",
                "0      | 0          | EXACT",
                "1,234  | 1234       | EXACT",
                "13.5K  | 13500      | ROUNDED",
                "60K    | 60000      | ROUNDED",
                "17.8k  | 17800      | ROUNDED",
                "4.1M   | 4100000    | ROUNDED",
                "1.2B   | 1200000000 | ROUNDED",
                "' 3M ' | 3000000    | ROUNDED"
            })
    void parses_what_tiktok_displays(String shown, long value, String precision) {
        assertThat(DisplayCount.parse(shown))
                .isEqualTo(new Count(value, com.creatorcompass.contracts.observation.Precision.valueOf(precision)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.2", "12,34", "-5", "1.2X", "K", "4.1MM", "1 234"})
    void refuses_what_is_not_a_count(String garbage) {
        assertThatThrownBy(() -> DisplayCount.parse(garbage))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a count");
    }

    @ParameterizedTest(name = "{1} shown as \"{0}\": {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "68.3K | 68259      | true",
                "68.3K | 68349      | true",
                "68.3K | 68351      | false",
                "3B    | 2999999998 | true",
                "312   | 312        | true",
                "312   | 313        | false"
            })
    void knows_which_exact_counts_a_display_can_stand_for(String shown, long exact, boolean consistent) {
        assertThat(DisplayCount.consistent(shown, exact)).isEqualTo(consistent);
    }
}
