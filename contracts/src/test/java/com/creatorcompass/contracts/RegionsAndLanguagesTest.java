package com.creatorcompass.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsAndLanguagesTest {

    @Test
    void a_region_is_a_two_letter_code_in_upper_case() {
        assertThat(Regions.canonical("GB")).isEqualTo("GB");
        assertThat(Regions.canonical(" gb ")).isEqualTo("GB");
        assertThat(Regions.canonical("GBR")).isNull();
        assertThat(Regions.canonical("G1")).isNull();
        assertThat(Regions.canonical("")).isNull();
        assertThat(Regions.canonical(null)).isNull();
        assertThat(Regions.isCanonical("GB")).isTrue();
        assertThat(Regions.isCanonical("gb")).isFalse();
    }

    @Test
    void a_language_is_the_primary_subtag_in_lower_case() {
        assertThat(Languages.canonical("en")).isEqualTo("en");
        assertThat(Languages.canonical("EN")).isEqualTo("en");
        assertThat(Languages.canonical("en-GB")).isEqualTo("en");
        assertThat(Languages.canonical("pt_BR")).isEqualTo("pt");
        assertThat(Languages.canonical("eng")).isNull();
        assertThat(Languages.canonical("-GB")).isNull();
        assertThat(Languages.canonical(null)).isNull();
        assertThat(Languages.isCanonical("en")).isTrue();
        assertThat(Languages.isCanonical("en-GB")).isFalse();
    }
}
